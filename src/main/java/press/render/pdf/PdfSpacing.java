package press.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import press.render.layout.EmBox;
import press.render.layout.GridSnap;
import press.render.style.PageStyle;
import press.render.style.Role;
import press.render.style.TextStyle;

/** Moves the flow down: by a given height, or back onto the line grid after text placed off it. */
final class PdfSpacing {

    private final PdfComposer composer;

    PdfSpacing(PdfComposer composer) {
        this.composer = composer;
    }

    /** The next line goes in the first band of the grid that leaves the blank lines the snap asks for. */
    void snap(GridSnap snap, PageStyle page) {
        TextStyle body = composer.style().role(Role.BODY);
        float pitch = body.leading();
        float lastBaseline = composer.flowY();
        float emBottom = lastBaseline - snap.descent();
        float gridTop = page.height() - page.top();
        float inset = (pitch - body.size()) / 2;
        int band = (int) Math.ceil((gridTop - inset - (emBottom - snap.blankLines() * pitch)) / pitch - 0.01f);
        float baseline = gridTop - band * pitch - inset - EmBox.ASCENT * body.size();
        advance(lastBaseline - pitch - baseline);
    }

    /** Moves the flow down by {@code height} points with an empty, borderless table. */
    void advance(float height) {
        if (height < 0.01f) {
            return;
        }
        PdfPTable spacer = new PdfPTable(1);
        spacer.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setFixedHeight(height);
        spacer.addCell(cell);
        composer.put(spacer);
    }
}
