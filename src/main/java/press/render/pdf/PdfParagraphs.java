package press.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.List;
import press.render.compose.ComposedLine;
import press.render.compose.LineComposer;
import press.render.compose.Measure;
import press.render.layout.TextParagraph;
import press.render.style.Align;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * One document's paragraphs: composed into lines over its own font subsets, then set as OpenPDF
 * paragraphs of those lines, with the role's spacing and indents where the lines start or end it.
 */
final class PdfParagraphs {

    private final StyleSheet style;
    private final PdfText text;
    private final LineComposer lines;
    private final Measure measure;

    PdfParagraphs(StyleSheet style, PdfText text) {
        this.style = style;
        this.text = text;
        this.lines = new LineComposer(style);
        this.measure = text.measure();
    }

    /** The paragraph's lines at a measure of {@code width} points. */
    List<ComposedLine> compose(TextParagraph laidOut, float width) {
        return lines.compose(laidOut, width, measure);
    }

    /** A whole paragraph composed at {@code width} points, as a cell of the closing block holds it. */
    Paragraph paragraph(TextParagraph laidOut, float width) {
        return paragraph(laidOut, compose(laidOut, width), true);
    }

    /**
     * Composed lines of a paragraph in its role's style, with the layout's own alignment, indents
     * and spacing where it gives them: the space before and the first-line indent only where the
     * lines start the paragraph, the space after only where they {@code end} it. A justified
     * paragraph's lines are already justified, so OpenPDF sets them flush left.
     */
    Paragraph paragraph(TextParagraph laidOut, List<ComposedLine> composed, boolean end) {
        TextStyle textStyle = style.role(laidOut.role());
        boolean start = composed.isEmpty() || composed.get(0).first();
        Paragraph paragraph = new Paragraph(text.lines(laidOut, composed));
        paragraph.setLeading(textStyle.leading());
        Align align = laidOut.align(textStyle);
        paragraph.setAlignment(alignment(align == Align.JUSTIFY ? Align.LEFT : align));
        paragraph.setIndentationLeft(laidOut.left());
        paragraph.setFirstLineIndent(start ? laidOut.firstLine(textStyle) : 0);
        paragraph.setSpacingBefore(start && !laidOut.flushTop() ? textStyle.spaceBefore() : 0);
        paragraph.setSpacingAfter(end ? textStyle.spaceAfter() : 0);
        return paragraph;
    }

    static int alignment(Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
    }
}
