package press.render.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
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

    /** What a shrunk table keeps of the scale that would fill its width exactly. */
    private static final float SHRINK_MARGIN = 0.97f;

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

    /**
     * A document's tables as this layout has measured them, so each is measured once however
     * often its orientation and widths are asked for: made for one layout pass.
     */
    static final class Measured {
        private final Map<Table, float[][]> measures = new IdentityHashMap<>();
    }

    /** An appendix turns its pages landscape when any of its tables needs it. */
    boolean needsLandscape(Appendix appendix, Measured measured) {
        return appendix.content().stream().anyMatch(block -> block instanceof Table table
                && needsLandscape(table, measured));
    }

    /**
     * How the table is set, in this order of preference: at its type on a portrait page; at
     * smaller type, down to the sheet's {@code table.minSize}, on a portrait page; the same on a
     * landscape page; and at the least type on landscape pages, its columns split into parts
     * that each repeat the key columns. A table that says its orientation keeps to it; on
     * landscape pages already ({@code landscapePage}), only landscape is tried.
     */
    TableFit fit(Table table, boolean landscapePage, Measured measured) {
        float[] min = measure(table, measured)[0];
        float extra = extra();
        float minScale = Math.min(1, style.table().minSize() / style.role(Role.TABLE_BODY).size());
        List<Boolean> candidates = landscapePage ? List.of(true) : switch (table.orientation()) {
            case PORTRAIT -> List.of(false);
            case LANDSCAPE -> List.of(true);
            case AUTO -> List.of(false, true);
        };
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < min.length; c++) {
            all.add(c);
        }
        for (boolean landscape : candidates) {
            float scale = scaleToFit(min, all, extra, width(landscape));
            if (scale >= 1) {
                return new TableFit(1, landscape, List.of(all));
            }
            // a shrunk table keeps a little room, so no label wraps a third time for a rounding
            scale *= SHRINK_MARGIN;
            if (scale >= minScale) {
                return new TableFit(scale, landscape, List.of(all));
            }
        }
        boolean landscape = candidates.get(candidates.size() - 1);
        return new TableFit(minScale, landscape, parts(table, min, extra, width(landscape), minScale));
    }

    private float width(boolean landscape) {
        return landscape ? style.page().landscape().textWidth() : style.page().textWidth();
    }

    private float extra() {
        return 2 * style.table().padding() + style.table().rule();
    }

    /** The type scale at which the columns' least widths fill {@code width}: the padding and rules do not shrink. */
    private static float scaleToFit(float[] min, List<Integer> columns, float extra, float width) {
        float content = 0;
        for (int c : columns) {
            content += min[c] - extra;
        }
        return content <= 0 ? 1 : (width - columns.size() * extra) / content;
    }

    /**
     * Columns packed into parts that fit {@code width} at {@code scale}, each after the key
     * columns (the first column, and the second too when the first is a number: 序号 before the
     * name). A part ends only where no header cell spans on into the next column, so a column
     * group stays whole under its common label; a group wider than a part is cut by columns.
     */
    private static List<List<Integer>> parts(Table table, float[] min, float extra, float width, float scale) {
        int keys = table.columns().size() > 2 && table.columns().get(0) == ColumnKind.NUMBER
                && table.columns().get(1) == ColumnKind.TEXT ? 2 : 1;
        float[] widths = new float[min.length];
        for (int c = 0; c < min.length; c++) {
            widths[c] = (min[c] - extra) * scale + extra;
        }
        List<Integer> key = new ArrayList<>();
        float keyWidth = 0;
        for (int c = 0; c < keys; c++) {
            key.add(c);
            keyWidth += widths[c];
        }
        List<List<Integer>> groups = groups(table, keys, widths, width - keyWidth);
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> part = new ArrayList<>(key);
        float used = keyWidth;
        for (List<Integer> group : groups) {
            float groupWidth = 0;
            for (int c : group) {
                groupWidth += widths[c];
            }
            if (used + groupWidth > width && part.size() > keys) {
                parts.add(part);
                part = new ArrayList<>(key);
                used = keyWidth;
            }
            part.addAll(group);
            used += groupWidth;
        }
        parts.add(part);
        return balanced(parts, groups, key, keyWidth, widths, width);
    }

    /**
     * The columns after the keys in groups that no header cell spans out of; a group that would
     * not fit a part beside the keys ({@code room}) is given column by column.
     */
    private static List<List<Integer>> groups(Table table, int keys, float[] widths, float room) {
        int columns = widths.length;
        boolean[] joined = new boolean[columns];
        List<List<Integer>> starts = Table.startColumns(table.head(), columns);
        for (int r = 0; r < table.head().size(); r++) {
            List<press.model.Cell> cells = table.head().get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                int start = starts.get(r).get(i);
                for (int c = start + 1; c < Math.min(columns, start + cells.get(i).colSpan()); c++) {
                    joined[c] = true;
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int c = keys; c < columns; c++) {
            if (c == keys || !joined[c]) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(c);
        }
        List<List<Integer>> fitting = new ArrayList<>();
        for (List<Integer> group : groups) {
            float groupWidth = 0;
            for (int c : group) {
                groupWidth += widths[c];
            }
            if (groupWidth > room) {
                group.forEach(c -> fitting.add(List.of(c)));
            } else {
                fitting.add(group);
            }
        }
        return fitting;
    }

    /**
     * The same number of parts, the groups shared out so the parts are about as wide, where that
     * still fits: no part of one lonely column.
     */
    private static List<List<Integer>> balanced(List<List<Integer>> greedy, List<List<Integer>> groups, List<Integer> key,
                                                float keyWidth, float[] widths, float width) {
        int count = greedy.size();
        float total = 0;
        for (List<Integer> group : groups) {
            for (int c : group) {
                total += widths[c];
            }
        }
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> part = new ArrayList<>(key);
        float used = 0;
        float placed = 0;
        for (int g = 0; g < groups.size(); g++) {
            float groupWidth = 0;
            for (int c : groups.get(g)) {
                groupWidth += widths[c];
            }
            // a part closes once it reaches its even share of what is placed so far
            float share = total * (parts.size() + 1) / count;
            if (part.size() > key.size() && placed + groupWidth / 2 > share && parts.size() < count - 1) {
                parts.add(part);
                part = new ArrayList<>(key);
                used = 0;
            }
            part.addAll(groups.get(g));
            used += groupWidth;
            placed += groupWidth;
            if (keyWidth + used > width) {
                return greedy;
            }
        }
        parts.add(part);
        return parts.size() == count ? parts : greedy;
    }

    /** Numbers right-aligned, everything else and every header centred. */
    static Align cellAlign(Role role, ColumnKind kind) {
        return role != Role.TABLE_HEAD && kind == ColumnKind.NUMBER ? Align.RIGHT : Align.CENTER;
    }

    boolean needsLandscape(Table table, Measured measured) {
        return fit(table, false, measured).landscape();
    }

    /**
     * Widths in points filling {@code available}. When natural widths fit, they grow in
     * proportion. Otherwise every column starts at its least width and grows in two rounds: first
     * until its data stands on one line with its labels on two, then until its labels stand on
     * one line too, so a header wraps before a name in the body does. In each round the columns
     * that need the least get all they want first, so few cells wrap; what a round cannot give in
     * full goes to the columns still short, in proportion to what they lack. Too narrow even for
     * the least widths, all shrink alike.
     */
    float[] columnWidths(Table table, float available, float scale, Measured measured) {
        float[][] measure = measure(table, measured);
        float[] min = scaled(measure[0], scale);
        float[] data = scaled(measure[1], scale);
        float[] max = scaled(measure[2], scale);
        float sumMax = sum(max);
        float sumMin = sum(min);
        if (sumMax <= available) {
            return scaledBy(max, available / sumMax);
        }
        if (sumMin > available) {
            return scaledBy(min, available / sumMin);
        }
        float[] widths = min.clone();
        float left = grow(widths, data, available - sumMin);
        left = grow(widths, max, left);
        return left > 0 ? scaledBy(widths, available / (available - left)) : widths;
    }

    /**
     * Grows {@code widths} towards {@code wanted} with {@code left} points: those that need the
     * least first, in full; then what is left shared among the columns still short, in proportion
     * to what they lack. Returns what is left over.
     */
    private static float grow(float[] widths, float[] wanted, float left) {
        Integer[] order = new Integer[widths.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Float.compare(wanted[a] - widths[a], wanted[b] - widths[b]));
        float lacking = 0;
        for (int c : order) {
            float need = Math.max(0, wanted[c] - widths[c]);
            if (need <= left) {
                widths[c] += need;
                left -= need;
            } else {
                lacking += need;
            }
        }
        if (lacking > 0 && left > 0) {
            float share = left / lacking;
            for (int c = 0; c < widths.length; c++) {
                widths[c] += Math.max(0, wanted[c] - widths[c]) * share;
            }
            left = 0;
        }
        return left;
    }

    /**
     * {least widths, widths that set the data on one line and the labels on two, natural widths}
     * per column, padding and rule included.
     */
    private float[][] measure(Table table, Measured measured) {
        return measured.measures.computeIfAbsent(table, this::measure);
    }

    private float[][] measure(Table table) {
        int columns = table.columns().size();
        float[] min = new float[columns];
        float[] data = new float[columns];
        float[] max = new float[columns];
        measureRows(table, table.head(), style.role(Role.TABLE_HEAD), true, min, data, max);
        measureRows(table, table.body(), style.role(Role.TABLE_BODY), false, min, data, max);
        measureRows(table, table.foot(), style.role(Role.TABLE_TOTAL), false, min, data, max);
        float extra = 2 * style.table().padding() + style.table().rule();
        for (int c = 0; c < columns; c++) {
            min[c] += extra;
            data[c] = Math.max(data[c], min[c] - extra) + extra;
            max[c] += extra;
        }
        return new float[][] {min, data, max};
    }

    private void measureRows(Table table, List<Row> rows, TextStyle textStyle, boolean labels, float[] min, float[] data,
                             float[] max) {
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
                        least = halfLabel(line, textStyle, natural);
                    } else if (table.columns().get(column) == ColumnKind.TEXT && characters > MIN_TEXT_CHARACTERS) {
                        least = natural * MIN_TEXT_CHARACTERS / characters;
                    } else {
                        least = natural;
                    }
                    min[column] = Math.max(min[column], least);
                    data[column] = Math.max(data[column], labels ? least : natural);
                    max[column] = Math.max(max[column], natural);
                }
            }
        }
    }

    /** Widths of type at {@code scale} times its size: the content shrinks, the padding and rule do not. */
    private float[] scaled(float[] widths, float scale) {
        if (scale == 1) {
            return widths;
        }
        float extra = extra();
        float[] result = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            result[c] = (widths[c] - extra) * scale + extra;
        }
        return result;
    }

    /**
     * The width a label needs on two lines: broken where a line may break (never before closing
     * punctuation nor after opening punctuation, never inside a number), nearest the middle; a
     * label with no such place keeps its one line.
     */
    private float halfLabel(String line, TextStyle textStyle, float natural) {
        int length = line.length();
        float best = natural;
        for (int at = 1; at < length; at++) {
            if (!press.fonts.Punctuation.mayBreakBetween(line.charAt(at - 1), line.charAt(at))) {
                continue;
            }
            float first = Widths.of(fonts, line.substring(0, at), textStyle);
            best = Math.min(best, Math.max(first, natural - first));
        }
        return best;
    }

    private static float[] scaledBy(float[] widths, float factor) {
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
