package press.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import press.render.layout.MastheadLine;
import press.render.layout.Span;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/** The 简报's masthead line: the issuing office left, the date right, a rule under both. */
final class PdfMasthead {

    private PdfMasthead() {
    }

    static PdfPTable line(MastheadLine line, StyleSheet style, PdfText text) {
        TextStyle lineStyle = style.role(Role.MASTHEAD_LINE);
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.addCell(cell(line.office(), line, Element.ALIGN_LEFT, style, text));
        table.addCell(cell(line.date(), line, Element.ALIGN_RIGHT, style, text));
        table.setSpacingAfter(lineStyle.spaceAfter());
        return table;
    }

    private static PdfPCell cell(List<Span> content, MastheadLine line, int alignment, StyleSheet style, PdfText text) {
        PdfPCell cell = new PdfPCell(text.phrase(Role.MASTHEAD_LINE, content, false));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(line.ruleColor()));
        cell.setBorderWidthBottom(line.rule());
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(style.role(Role.MASTHEAD_LINE).size() * 0.5f);
        return cell;
    }
}
