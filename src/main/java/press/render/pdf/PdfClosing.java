package press.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import press.model.Closing;
import press.model.DistributionLine;
import press.render.ClosingStyle;
import press.render.Labels;
import press.render.Role;
import press.render.StyleSheet;
import press.render.TextStyle;

/**
 * The closing block (版记) as a table of rules: the disclosure option, then between a thick
 * first rule and a thick last rule the distribution lines (thin rules between them, wrapped
 * lines aligned after the colon) and the printing office left with the date right, each line
 * one character in from both sides.
 */
final class PdfClosing {

    private final PdfText text;
    private final StyleSheet style;

    PdfClosing(PdfText text, StyleSheet style) {
        this.text = text;
        this.style = style;
    }

    PdfPTable build(Closing closing, float width) {
        TextStyle textStyle = style.role(Role.CLOSING);
        ClosingStyle rules = style.closing();
        PdfPTable table = new PdfPTable(2);
        float dateWidth = text.width(closing.printDate(), textStyle) + 2 * textStyle.characterWidth();
        table.setTotalWidth(new float[] {width - dateWidth, dateWidth});
        table.setLockedWidth(true);
        if (!closing.disclosure().isEmpty()) {
            table.addCell(line(hanging(Labels.disclosure(closing.disclosure()), Labels.DISCLOSURE, textStyle), 0, 0));
        }
        boolean first = true;
        for (DistributionLine line : closing.distribution()) {
            table.addCell(line(hanging(Labels.distribution(line), Labels.distributionLabel(line), textStyle), first ? rules.thickRule()
                    : rules.thinRule(), 0));
            first = false;
        }
        float top = first ? rules.thickRule() : rules.thinRule();
        PdfPCell office = cell(new Paragraph(text.phrase(closing.office(), textStyle, "closing office")), top,
                rules.thickRule());
        office.setColspan(1);
        Paragraph printDate = new Paragraph(text.phrase(closing.printDate(), textStyle, "closing date"));
        printDate.setAlignment(Element.ALIGN_RIGHT);
        PdfPCell date = cell(printDate, top, rules.thickRule());
        date.setColspan(1);
        table.addCell(office);
        table.addCell(date);
        return table;
    }

    private Paragraph hanging(String line, String label, TextStyle textStyle) {
        Paragraph paragraph = new Paragraph(text.phrase(line, textStyle, "closing line “" + label + "”"));
        float labelWidth = text.width(label, textStyle);
        paragraph.setIndentationLeft(labelWidth);
        paragraph.setFirstLineIndent(-labelWidth);
        paragraph.setLeading(textStyle.leading());
        return paragraph;
    }

    private PdfPCell line(Paragraph paragraph, float topRule, float bottomRule) {
        PdfPCell cell = cell(paragraph, topRule, bottomRule);
        cell.setColspan(2);
        return cell;
    }

    private PdfPCell cell(Paragraph paragraph, float topRule, float bottomRule) {
        TextStyle textStyle = style.role(Role.CLOSING);
        PdfPCell cell = new PdfPCell();
        paragraph.setLeading(textStyle.leading());
        cell.addElement(paragraph);
        cell.setBorder((topRule > 0 ? Rectangle.TOP : 0) | (bottomRule > 0 ? Rectangle.BOTTOM : 0));
        cell.setBorderWidthTop(topRule);
        cell.setBorderWidthBottom(bottomRule);
        cell.setPaddingLeft(textStyle.characterWidth());
        cell.setPaddingRight(textStyle.characterWidth());
        cell.setPaddingTop(textStyle.size() * 0.15f);
        cell.setPaddingBottom(textStyle.size() * 0.45f);
        cell.setUseAscender(true);
        return cell;
    }
}
