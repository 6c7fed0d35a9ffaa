package press.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.Color;
import java.util.List;
import java.util.function.Consumer;
import press.render.Cancellation;
import press.render.compose.ComposedLine;
import press.render.layout.Indent;
import press.render.layout.LaidOutTable;
import press.render.layout.TableCell;
import press.render.layout.TableRow;
import press.render.layout.TextParagraph;
import press.render.style.StyleSheet;
import press.render.style.TableStyle;

/**
 * Draws laid-out tables as OpenPDF tables: header rows repeated on every page, totals rows set
 * apart by a heavier rule and a tint, cells aligned as the layout says.
 */
final class PdfTables {

    private static final Indent NO_INDENT = new Indent(0, 0);

    /** Rows laid out at a time in a long table. */
    static final int BATCH_ROWS = 100;

    private final StyleSheet style;
    private final PdfParagraphs paragraphs;
    private final PdfLines lines;
    private final PdfTags tags;

    PdfTables(StyleSheet style, PdfParagraphs paragraphs, PdfLines lines, PdfTags tags) {
        this.style = style;
        this.paragraphs = paragraphs;
        this.lines = lines;
        this.tags = tags;
    }

    /**
     * Draws the table through {@code put}. A long table goes down in batches of rows: OpenPDF then
     * lays out each batch once instead of measuring every earlier row again on every page (which
     * grows with the square of the rows), and a render abandoned at its time limit stops between
     * batches. A batch never ends inside a row span.
     */
    void draw(LaidOutTable table, Consumer<Element> put, Pager pager) {
        PdfStructureElement element = tags.element(null, PdfTags.TABLE);
        PdfPTable pdfTable = start(table);
        boolean large = table.rows().size() > BATCH_ROWS;
        pdfTable.setComplete(!large);
        TableStyle rules = style.table();
        Pages pages = new Pages(table, pdfTable, pager);
        int[] groupEnds = table.groupEnds();
        int spannedUntil = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            if (r >= table.headerRows() && groupEnds[r] > r) {
                keepTogether(table, r, groupEnds[r], pdfTable, pages);
            }
            PdfStructureElement tableRow = tags.element(element, PdfTags.TABLE_ROW);
            for (TableCell cell : row.cells()) {
                pdfTable.addCell(cell(table, row, cell, rules, tableRow));
                spannedUntil = Math.max(spannedUntil, r + cell.rowSpan());
            }
            pages.added(pdfTable.size() - 1);
            boolean batchEnds = (r + 1) % BATCH_ROWS == 0 && r + 1 >= spannedUntil && r + 1 > table.headerRows();
            if (large && batchEnds) {
                Cancellation.check();
                put.accept(pdfTable);
                // a continued table is put without its header, and must not take its space before again
                pdfTable.setSpacingBefore(0);
            }
        }
        pdfTable.setComplete(true);
        put.accept(pdfTable);
    }

    /** Where the page is: the room left under the flow, the text block's height. */
    interface Pager {
        float room();

        float pageHeight();
    }

    /**
     * Follows where OpenPDF will put each row, as it does: a row that does not fit the room left
     * starts a new page under the repeated header.
     */
    private static final class Pages {

        private final PdfPTable pdfTable;
        private final float pageRoom;
        private final int headerRows;
        private float room;

        Pages(LaidOutTable table, PdfPTable pdfTable, Pager pager) {
            this.pdfTable = pdfTable;
            this.headerRows = table.headerRows();
            this.room = pager.room() - pdfTable.spacingBefore();
            this.pageRoom = pager.pageHeight();
        }

        /** The row at {@code index} (counting the rows still in the table) has been added. */
        void added(int index) {
            float height = pdfTable.getRowHeight(index);
            if (index >= headerRows && height > room) {
                room = pageRoom - pdfTable.getHeaderHeight();
            }
            room -= height;
        }

        float room() {
            return room;
        }

        /** An invisible row fills what is left of the page, so the next row starts the next one. */
        void fill(PdfPTable table, int columns) {
            float height = room - 0.5f;
            if (height <= 0) {
                return;
            }
            PdfPCell spacer = new PdfPCell();
            spacer.setColspan(columns);
            spacer.setBorder(Rectangle.NO_BORDER);
            spacer.setFixedHeight(height);
            spacer.setPadding(0);
            table.addCell(spacer);
            room = 0.5f;
        }
    }

    /**
     * A group of rows bound by a row span goes whole to the next page when it does not fit what
     * is left of this one and takes no more than a third of a page, so no page opens with a blank
     * merged cell; a longer group breaks as it must.
     */
    private void keepTogether(LaidOutTable table, int first, int last, PdfPTable pdfTable, Pages pages) {
        float height = height(table, first, last);
        if (height <= pages.pageRoom / 3 && height > pages.room()) {
            pages.fill(pdfTable, table.columnCount());
        }
    }

    /** The height rows {@code first} to {@code last} take. */
    private float height(LaidOutTable table, int first, int last) {
        PdfPTable scratch = start(table);
        scratch.setHeaderRows(0);
        TableStyle rules = style.table();
        for (TableRow row : table.rows().subList(first, last + 1)) {
            for (TableCell cell : row.cells()) {
                scratch.addCell(cell(table, row, cell, rules, null));
            }
        }
        return scratch.getTotalHeight();
    }

    private PdfPTable start(LaidOutTable table) {
        PdfPTable pdfTable = new PdfPTable(table.columnCount());
        pdfTable.setTotalWidth(table.columnWidthArray());
        pdfTable.setLockedWidth(true);
        pdfTable.setHeaderRows(table.headerRows());
        pdfTable.setSpacingBefore(style.role(press.render.style.Role.TABLE_BODY).size() / 2);
        return pdfTable;
    }

    /**
     * A cell sized to its lines, composed at its measure over the table's text scale, and drawn
     * by its event as the content of a TH or TD under {@code tableRow} (none for a cell only
     * measured).
     */
    private PdfPCell cell(LaidOutTable table, TableRow row, TableCell cell, TableStyle rules,
                          PdfStructureElement tableRow) {
        float scale = table.textScale();
        TextParagraph paragraph = new TextParagraph(row.role(), cell.content(), cell.align(), NO_INDENT, true, 0);
        float measure = table.width(cell.column(), cell.colSpan()) - 2 * rules.padding();
        List<ComposedLine> composed = paragraphs.compose(paragraph, measure / scale);
        boolean tinted = row.isTotal();
        PdfTableCell.Box box = new PdfTableCell.Box(rules.rule(), tinted && row.firstOfRole() ? rules.totalsRule() : 0,
                tinted ? new Color(rules.totalsBackground()) : null);
        PdfStructureElement element = tableRow == null ? null
                : tags.cell(tableRow, row.isHead(), cell.rowSpan(), cell.colSpan());
        return new PdfTableCell(lines, tags, element, paragraph, composed, style.role(row.role()), scale, box)
                .cell(cell.rowSpan(), cell.colSpan(), rules);
    }
}
