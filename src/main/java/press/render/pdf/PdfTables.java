package press.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.function.Consumer;
import press.render.Cancellation;
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

    /** Rows laid out at a time in a long table. */
    static final int BATCH_ROWS = 100;

    private final PdfText text;
    private final StyleSheet style;

    PdfTables(PdfText text, StyleSheet style) {
        this.text = text;
        this.style = style;
    }

    /**
     * Draws the table through {@code put}. A long table goes down in batches of rows: OpenPDF then
     * lays out each batch once instead of measuring every earlier row again on every page (which
     * grows with the square of the rows), and a render abandoned at its time limit stops between
     * batches. A batch never ends inside a row span.
     */
    void draw(LaidOutTable table, Consumer<Element> put) {
        PdfPTable pdfTable = start(table);
        boolean large = table.rows().size() > BATCH_ROWS;
        pdfTable.setComplete(!large);
        TableStyle rules = style.table();
        int spannedUntil = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            for (TableCell cell : row.cells()) {
                pdfTable.addCell(cell(row, cell, rules, table.textScale()));
                spannedUntil = Math.max(spannedUntil, r + cell.rowSpan());
            }
            boolean batchEnds = (r + 1) % BATCH_ROWS == 0 && r + 1 >= spannedUntil && r + 1 > table.headerRows();
            if (large && batchEnds) {
                Cancellation.check();
                put.accept(pdfTable);
            }
        }
        pdfTable.setComplete(true);
        put.accept(pdfTable);
    }

    private PdfPTable start(LaidOutTable table) {
        PdfPTable pdfTable = new PdfPTable(table.columnCount());
        pdfTable.setTotalWidth(table.columnWidthArray());
        pdfTable.setLockedWidth(true);
        pdfTable.setHeaderRows(table.headerRows());
        pdfTable.setSpacingBefore(style.role(press.render.style.Role.TABLE_BODY).size() / 2);
        return pdfTable;
    }

    private PdfPCell cell(TableRow row, TableCell cell, TableStyle rules, float scale) {
        TextStyle textStyle = style.role(row.role()).scaled(scale);
        PdfPCell pdfCell = new PdfPCell(text.phrase(row.role(), cell.content(), true, scale));
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
        return pdfCell;
    }
}
