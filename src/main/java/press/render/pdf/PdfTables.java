package press.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import press.render.layout.LaidOutTable;
import press.render.layout.TableCell;
import press.render.layout.TableRow;
import press.render.style.StyleSheet;
import press.render.style.TableStyle;
import press.render.style.TextStyle;

/**
 * Draws laid-out tables as OpenPDF tables: header rows repeated on every page, totals rows set
 * apart by a heavier rule and a tint, cells aligned as the layout says.
 */
final class PdfTables {

    private final PdfText text;
    private final StyleSheet style;

    PdfTables(PdfText text, StyleSheet style) {
        this.text = text;
        this.style = style;
    }

    PdfPTable build(LaidOutTable table) {
        PdfPTable pdfTable = new PdfPTable(table.columnCount());
        pdfTable.setTotalWidth(table.columnWidthArray());
        pdfTable.setLockedWidth(true);
        pdfTable.setHeaderRows(table.headerRows());
        pdfTable.setSpacingBefore(style.role(press.render.style.Role.TABLE_BODY).size() / 2);
        TableStyle rules = style.table();
        for (TableRow row : table.rows()) {
            TextStyle textStyle = style.role(row.role());
            for (TableCell cell : row.cells()) {
                PdfPCell pdfCell = new PdfPCell(text.phrase(row.role(), cell.content(), true));
                pdfCell.setRowspan(cell.rowSpan());
                pdfCell.setColspan(cell.colSpan());
                pdfCell.setPadding(rules.padding());
                pdfCell.setLeading(textStyle.leading(), 0);
                pdfCell.setUseAscender(true);
                pdfCell.setUseDescender(true);
                pdfCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                pdfCell.setHorizontalAlignment(PdfComposer.alignment(cell.align()));
                pdfCell.setBorder(Rectangle.BOX);
                pdfCell.setBorderWidth(rules.rule());
                if (row.isTotal()) {
                    pdfCell.setBackgroundColor(new Color(rules.totalsBackground()));
                    if (row.firstOfRole()) {
                        pdfCell.setBorderWidthTop(rules.totalsRule());
                    }
                }
                pdfTable.addCell(pdfCell);
            }
        }
        return pdfTable;
    }
}
