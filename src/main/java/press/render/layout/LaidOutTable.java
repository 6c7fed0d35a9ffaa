package press.render.layout;

import java.util.List;

/**
 * A table as printed: its width in points (the section's text block), the column widths that
 * fill it, the rows in order, the first {@code headerRows} of them repeated on every page the
 * table spans, its type at {@code textScale} times the style's sizes (a wide table shrinks), the
 * width of the rules around every cell and the padding inside them, in points; an
 * {@code abridgeable} table may lose the end of its body where its variant must keep to a
 * number of pages (the characters of the note that says so are planned).
 */
public record LaidOutTable(float width, List<Float> columnWidths, int headerRows, List<TableRow> rows, float textScale,
                           float rule, float padding, boolean abridgeable) implements Part {

    public LaidOutTable {
        if (rule < 0 || padding < 0) {
            throw new IllegalArgumentException("rules and padding are not negative");
        }
        columnWidths = List.copyOf(columnWidths);
        rows = List.copyOf(rows);
        if (textScale <= 0 || textScale > 1) {
            throw new IllegalArgumentException("a table's type is set at its size or smaller");
        }
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("header rows must be between 0 and the number of rows");
        }
    }

    /**
     * This table with only the first {@code groups} groups of its body (rows bound by a row span
     * count as one), its head and totals rows kept.
     */
    public LaidOutTable abridged(int groups) {
        int[] ends = groupEnds();
        List<TableRow> kept = new java.util.ArrayList<>();
        int taken = 0;
        for (int r = 0; r < rows.size(); r = ends[r] + 1) {
            boolean body = rows.get(r).role() == press.render.style.Role.TABLE_BODY;
            if (body && taken++ >= groups) {
                continue;
            }
            kept.addAll(rows.subList(r, ends[r] + 1));
        }
        return new LaidOutTable(width, columnWidths, headerRows, kept, textScale, rule, padding, abridgeable);
    }

    /** How many groups of rows its body has (rows bound by a row span count as one). */
    public int bodyGroups() {
        int[] ends = groupEnds();
        int groups = 0;
        for (int r = 0; r < rows.size(); r = ends[r] + 1) {
            groups += rows.get(r).role() == press.render.style.Role.TABLE_BODY ? 1 : 0;
        }
        return groups;
    }

    public int columnCount() {
        return columnWidths.size();
    }

    /** The width of {@code span} columns from {@code column}. */
    public float width(int column, int span) {
        float width = 0;
        for (int c = column; c < Math.min(columnWidths.size(), column + span); c++) {
            width += columnWidths.get(c);
        }
        return width;
    }

    /**
     * For the first row of each group of rows that row spans bind together, the group's last
     * row; for every other row, itself. Writers keep such a group on one page.
     */
    public int[] groupEnds() {
        int[] ends = new int[rows.size()];
        int until = -1;
        int start = 0;
        for (int r = 0; r < ends.length; r++) {
            ends[r] = r;
            if (r > until) {
                start = r;
            }
            for (TableCell cell : rows.get(r).cells()) {
                until = Math.max(until, r + cell.rowSpan() - 1);
            }
            until = Math.max(until, r);
            if (r == until) {
                ends[start] = until;
            }
        }
        return ends;
    }

    public float[] columnWidthArray() {
        float[] widths = new float[columnWidths.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columnWidths.get(c);
        }
        return widths;
    }
}
