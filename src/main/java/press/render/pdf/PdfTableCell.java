package press.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.Color;
import java.util.List;
import press.render.compose.ComposedLine;
import press.render.layout.EmBox;
import press.render.layout.TextParagraph;
import press.render.style.TableStyle;
import press.render.style.TextStyle;

/**
 * One table cell as the page gets it. OpenPDF only sizes the cell (its content is empty, its
 * height that of the lines composed for it) and says where it landed; this event then draws the
 * cell's tint and rules as decoration and its lines, centred in it, as the content of its TH or
 * TD. A header row repeated on a later page is drawn again as a pagination artifact, so a
 * reader meets each header once.
 */
final class PdfTableCell implements PdfPCellEvent {

    /** How the cell's box is printed: its rule, the heavier rule over it, its tint (or null). */
    record Box(float rule, float topRule, Color tint) {
    }

    private final PdfLines lines;
    private final PdfTags tags;
    private final PdfStructureElement element;
    private final TextParagraph paragraph;
    private final List<ComposedLine> composed;
    private final TextStyle style;
    private final float scale;
    private final Box box;
    private boolean drawn;

    PdfTableCell(PdfLines lines, PdfTags tags, PdfStructureElement element, TextParagraph paragraph,
                 List<ComposedLine> composed, TextStyle style, float scale, Box box) {
        this.lines = lines;
        this.tags = tags;
        this.element = element;
        this.paragraph = paragraph;
        this.composed = composed;
        this.style = style;
        this.scale = scale;
        this.box = box;
    }

    /** The height the cell's lines take at its scale: the first line's em box, then a leading for each further line. */
    static float textHeight(List<ComposedLine> composed, TextStyle style, float scale) {
        return (style.size() + Math.max(0, composed.size() - 1) * style.leading()) * scale;
    }

    /** Sizes a cell with no content of its own to its lines and the style's padding; this event draws it. */
    PdfPCell cell(int rowSpan, int colSpan, TableStyle rules) {
        PdfPCell cell = new PdfPCell();
        cell.setRowspan(rowSpan);
        cell.setColspan(colSpan);
        cell.setPadding(rules.padding());
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setMinimumHeight(textHeight(composed, style, scale) + 2 * rules.padding());
        cell.setCellEvent(this);
        return cell;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
        PdfContentByte rules = canvases[PdfPTable.LINECANVAS];
        if (box.tint() != null) {
            tags.decoration(background, () -> {
                background.saveState();
                background.setColorFill(box.tint());
                background.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
                background.fill();
                background.restoreState();
            });
        }
        tags.decoration(rules, () -> rule(rules, position));
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        if (composed.isEmpty()) {
            return;
        }
        if (drawn) {
            tags.pagination(text, () -> text(text, cell, position));
        } else {
            drawn = true;
            tags.content(text, element, () -> text(text, cell, position));
        }
    }

    private void rule(PdfContentByte canvas, Rectangle position) {
        canvas.saveState();
        canvas.setLineWidth(box.rule());
        canvas.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
        canvas.stroke();
        if (box.topRule() > box.rule()) {
            canvas.setLineWidth(box.topRule());
            canvas.moveTo(position.getLeft(), position.getTop());
            canvas.lineTo(position.getRight(), position.getTop());
            canvas.stroke();
        }
        canvas.restoreState();
    }

    /**
     * The lines, composed at the cell's measure divided by its scale, drawn scaled from the top of
     * a block centred in the cell: each line's em box sits {@link EmBox#ASCENT} above its baseline.
     */
    private void text(PdfContentByte canvas, PdfPCell cell, Rectangle position) {
        float left = position.getLeft() + cell.getEffectivePaddingLeft();
        float width = position.getRight() - cell.getEffectivePaddingRight() - left;
        float blockTop = (position.getTop() + position.getBottom()) / 2 + textHeight(composed, style, scale) / 2;
        canvas.saveState();
        canvas.concatCTM(scale, 0, 0, scale, left, blockTop);
        // drawn lines hang their first baseline one leading below the top they are given
        float top = style.leading() - EmBox.ASCENT * style.size();
        lines.draw(canvas, paragraph, composed, 0, top, width / scale);
        canvas.restoreState();
    }
}
