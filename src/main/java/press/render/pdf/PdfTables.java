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
import press.render.TableStyle;
import press.render.TextStyle;

/**
 * Builds OpenPDF tables: column widths from the content, header rows repeated on every page,
 * totals rows set apart, numbers right-aligned. Decides when a table needs a landscape page:
 * when its data cannot be set on one line per cell and its labels on at most two in portrait.
 */
final class PdfTables {

    /** Long text cells may wrap, but never to fewer than this many characters a line. */
    private static final int MIN_TEXT_CHARACTERS = 8;

    private final PdfText text;
    private final StyleSheet style;

    PdfTables(PdfText text, StyleSheet style) {
        this.text = text;
        this.style = style;
    }

    boolean needsLandscape(Table table) {
        return switch (table.orientation()) {
            case LANDSCAPE -> true;
            case PORTRAIT -> false;
            case AUTO -> sum(measure(table).min()) > style.page().textWidth();
        };
    }

    PdfPTable build(Table table, float availableWidth, String where) {
        PdfPTable pdfTable = new PdfPTable(table.columns().size());
        pdfTable.setTotalWidth(columnWidths(measure(table), availableWidth));
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
                pdfCell.setHorizontalAlignment(role != Role.TABLE_HEAD && kind == ColumnKind.NUMBER
                        ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
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

    /** Per column: the least width that keeps data on one line and labels on two, and the natural width. */
    private record Measure(float[] min, float[] max) {
    }

    private Measure measure(Table table) {
        int columns = table.columns().size();
        float[] min = new float[columns];
        float[] max = new float[columns];
        measureRows(table, table.head(), style.role(Role.TABLE_HEAD), true, min, max);
        measureRows(table, table.body(), style.role(Role.TABLE_BODY), false, min, max);
        measureRows(table, table.foot(), style.role(Role.TABLE_TOTAL), false, min, max);
        float extra = 2 * style.table().padding() + style.table().rule();
        for (int c = 0; c < columns; c++) {
            min[c] += extra;
            max[c] += extra;
        }
        return new Measure(min, max);
    }

    private void measureRows(Table table, List<Row> rows, TextStyle textStyle, boolean labels, float[] min, float[] max) {
        List<List<Integer>> starts = Table.startColumns(rows, table.columns().size());
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (cell.colSpan() > 1) {
                    continue; // a spanning label fits in the sum of the columns it spans
                }
                int column = starts.get(r).get(i);
                for (String line : cell.plainText().split("\n")) {
                    float natural = text.width(line, textStyle);
                    int characters = line.codePointCount(0, line.length());
                    float least;
                    if (labels) {
                        least = natural * ((characters + 1) / 2) / Math.max(1, characters);
                    } else if (table.columns().get(column) == ColumnKind.TEXT && characters > MIN_TEXT_CHARACTERS) {
                        least = natural * MIN_TEXT_CHARACTERS / characters;
                    } else {
                        least = natural;
                    }
                    min[column] = Math.max(min[column], least);
                    max[column] = Math.max(max[column], natural);
                }
            }
        }
    }

    /**
     * Fills the available width. When natural widths fit, they grow in proportion. Otherwise
     * every column starts at its least width and the columns that need the least extra are
     * given their natural width first, so few labels wrap and those that do wrap evenly; what
     * is left is shared in proportion. Too narrow even at least widths, all shrink alike.
     */
    private static float[] columnWidths(Measure measure, float available) {
        float[] min = measure.min();
        float[] max = measure.max();
        float sumMax = sum(max);
        float sumMin = sum(min);
        if (sumMax <= available) {
            return scaled(max, available / sumMax);
        }
        if (sumMin > available) {
            return scaled(min, available / sumMin);
        }
        float[] widths = min.clone();
        float left = available - sumMin;
        Integer[] order = new Integer[min.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(max[a] - min[a], max[b] - min[b]));
        for (int c : order) {
            float wanted = max[c] - min[c];
            if (wanted <= left) {
                widths[c] = max[c];
                left -= wanted;
            }
        }
        return scaled(widths, available / (available - left));
    }

    private static float[] scaled(float[] widths, float factor) {
        float[] result = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            result[c] = widths[c] * factor;
        }
        return result;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }
}
