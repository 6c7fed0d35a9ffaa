package press.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import press.render.layout.ClosingBlock;
import press.render.layout.ClosingCell;
import press.render.layout.ClosingRow;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/** Draws the laid-out closing block (版记) as a table whose cell borders are its rules. */
final class PdfClosing {

    private final StyleSheet style;
    private final PdfComposer composer;

    PdfClosing(StyleSheet style, PdfComposer composer) {
        this.style = style;
        this.composer = composer;
    }

    PdfPTable build(ClosingBlock block) {
        PdfPTable table = new PdfPTable(2);
        table.setTotalWidth(new float[] {block.officeWidth(), block.dateWidth()});
        table.setLockedWidth(true);
        for (ClosingRow row : block.rows()) {
            for (ClosingCell cell : row.cells()) {
                table.addCell(cell(cell, row, block.inset(), width(block, row, cell)));
            }
        }
        return table;
    }

    /** The width of a cell: both columns, or the office's or the date's. */
    private static float width(ClosingBlock block, ClosingRow row, ClosingCell cell) {
        if (cell.colSpan() == 2) {
            return block.officeWidth() + block.dateWidth();
        }
        return row.cells().indexOf(cell) == 0 ? block.officeWidth() : block.dateWidth();
    }

    private PdfPCell cell(ClosingCell laidOut, ClosingRow row, float inset, float width) {
        TextStyle textStyle = style.role(Role.CLOSING);
        PdfPCell cell = new PdfPCell();
        cell.addElement(composer.paragraphs().paragraph(laidOut.paragraph(), width - 2 * inset));
        cell.setColspan(laidOut.colSpan());
        cell.setBorder((row.topRule() > 0 ? Rectangle.TOP : 0) | (row.bottomRule() > 0 ? Rectangle.BOTTOM : 0));
        cell.setBorderWidthTop(row.topRule());
        cell.setBorderWidthBottom(row.bottomRule());
        cell.setPaddingLeft(inset);
        cell.setPaddingRight(inset);
        cell.setPaddingTop(textStyle.size() * 0.15f);
        cell.setPaddingBottom(textStyle.size() * 0.45f);
        cell.setUseAscender(true);
        return cell;
    }
}
