package press.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import press.model.Cell;
import press.model.ColumnKind;
import press.model.Row;
import press.model.Table;
import press.render.Role;
import press.render.StyleSheet;
import press.render.TableLayout;
import press.render.TableStyle;
import press.render.TextStyle;

/**
 * Builds OpenPDF tables with the shared {@link TableLayout}: header rows repeated on every
 * page, totals rows set apart by a heavier rule and a tint, numbers right-aligned.
 */
final class PdfTables {

    private final PdfText text;
    private final StyleSheet style;
    private final TableLayout layout;

    PdfTables(PdfText text, StyleSheet style, TableLayout layout) {
        this.text = text;
        this.style = style;
        this.layout = layout;
    }

    PdfPTable build(Table table, float availableWidth, String where) {
        PdfPTable pdfTable = new PdfPTable(table.columns().size());
        pdfTable.setTotalWidth(layout.columnWidths(table, availableWidth));
        pdfTable.setLockedWidth(true);
        pdfTable.setHeaderRows(table.head().size());
        pdfTable.setSpacingBefore(style.role(Role.TABLE_BODY).size() / 2);
        addRows(pdfTable, table, table.head(), Role.TABLE_HEAD, where + ", head");
        addRows(pdfTable, table, table.body(), Role.TABLE_BODY, where + ", body");
        addRows(pdfTable, table, table.foot(), Role.TABLE_TOTAL, where + ", totals");
        return pdfTable;
    }

    private void addRows(PdfPTable pdfTable, Table table, List<Row> rows, Role role, String where) {
        TableStyle rules = style.table();
        TextStyle textStyle = style.role(role);
        List<List<Integer>> starts = Table.startColumns(rows, table.columns().size());
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                ColumnKind kind = table.columns().get(starts.get(r).get(i));
                PdfPCell pdfCell = new PdfPCell(text.phrase(cell.content(), textStyle, where + " row " + (r + 1)));
                pdfCell.setRowspan(cell.rowSpan());
                pdfCell.setColspan(cell.colSpan());
                pdfCell.setPadding(rules.padding());
                pdfCell.setLeading(textStyle.leading(), 0);
                pdfCell.setUseAscender(true);
                pdfCell.setUseDescender(true);
                pdfCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                pdfCell.setHorizontalAlignment(PdfComposer.alignment(TableLayout.cellAlign(role, kind)));
                pdfCell.setBorder(Rectangle.BOX);
                pdfCell.setBorderWidth(rules.rule());
                if (role == Role.TABLE_TOTAL) {
                    pdfCell.setBackgroundColor(new Color(rules.totalsBackground()));
                    if (r == 0) {
                        pdfCell.setBorderWidthTop(rules.totalsRule());
                    }
                }
                pdfTable.addCell(pdfCell);
            }
        }
    }
}
