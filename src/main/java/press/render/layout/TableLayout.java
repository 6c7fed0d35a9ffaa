package press.render.layout;

import java.util.Arrays;
import java.util.List;
import press.fonts.FontLibrary;
import press.model.Appendix;
import press.model.Cell;
import press.model.ColumnKind;
import press.model.Row;
import press.model.Table;
import press.render.style.Align;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * Column widths and page orientation of a table, the same for every renderer. A column's least
 * width keeps its data on one line (long text may wrap at {@value #MIN_TEXT_CHARACTERS}
 * characters) and its labels on at most two; its natural width sets everything on one line.
 * A table whose least widths do not fit a portrait text block asks for a landscape page.
 */
final class TableLayout {

    /** Long text cells may wrap, but never to fewer than this many characters a line. */
    static final int MIN_TEXT_CHARACTERS = 8;

    private final StyleSheet style;
    private final FontLibrary fonts;
    private final float digitAdvance;

    /** @param slack what to leave for a word processor that sets the table with fonts of its own */
    TableLayout(StyleSheet style, FontLibrary fonts, Slack slack) {
        this.style = style;
        this.fonts = fonts;
        this.digitAdvance = slack.digitAdvance();
    }

    /** An appendix turns its pages landscape when any of its tables needs it. */
    boolean needsLandscape(Appendix appendix) {
        return appendix.content().stream().anyMatch(block -> block instanceof Table table && needsLandscape(table));
    }

    /** Numbers right-aligned, everything else and every header centred. */
    static Align cellAlign(Role role, ColumnKind kind) {
        return role != Role.TABLE_HEAD && kind == ColumnKind.NUMBER ? Align.RIGHT : Align.CENTER;
    }

    boolean needsLandscape(Table table) {
        return switch (table.orientation()) {
            case LANDSCAPE -> true;
            case PORTRAIT -> false;
            case AUTO -> sum(measure(table)[0]) > style.page().textWidth();
        };
    }

    /**
     * Widths in points filling {@code available}. When natural widths fit, they grow in
     * proportion. Otherwise every column starts at its least width and the columns that need
     * the least extra get their natural width first, so few labels wrap and those that do wrap
     * evenly; what is left is shared in proportion. Too narrow even then, all shrink alike.
     */
    float[] columnWidths(Table table, float available) {
        float[][] measure = measure(table);
        float[] min = measure[0];
        float[] max = measure[1];
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
        Arrays.sort(order, (a, b) -> Float.compare(max[a] - min[a], max[b] - min[b]));
        for (int c : order) {
            float wanted = max[c] - min[c];
            if (wanted <= left) {
                widths[c] = max[c];
                left -= wanted;
            }
        }
        return scaled(widths, available / (available - left));
    }

    /** {least widths, natural widths} per column, padding and rule included. */
    private float[][] measure(Table table) {
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
        return new float[][] {min, max};
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
                    int characters = line.codePointCount(0, line.length());
                    float natural = Widths.of(fonts, line, textStyle);
                    if (table.columns().get(column) == ColumnKind.NUMBER) {
                        natural = Math.max(natural, characters * digitAdvance * textStyle.size());
                    }
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
