package press.model;

import java.util.List;

/** Checks that rows with row and column spans tile a grid of the declared width exactly. */
final class TableGrid {

    private TableGrid() {
    }

    static void check(int width, List<Row> rows, String section) {
        int[] coveredUntil = new int[width]; // per column: first row index no longer covered by a span from above
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Cell cell : rows.get(r).cells()) {
                column = nextFree(coveredUntil, column, r);
                if (column + cell.colSpan() > width) {
                    throw new IllegalArgumentException(where(section, r) + " has more cells than the "
                            + width + " columns");
                }
                if (r + cell.rowSpan() > rows.size()) {
                    throw new IllegalArgumentException(where(section, r) + " has a row span reaching past the "
                            + section);
                }
                for (int c = column; c < column + cell.colSpan(); c++) {
                    if (coveredUntil[c] > r) {
                        throw new IllegalArgumentException(where(section, r) + " overlaps a span in column " + (c + 1));
                    }
                    coveredUntil[c] = r + cell.rowSpan();
                }
                column += cell.colSpan();
            }
            if (nextFree(coveredUntil, column, r) < width) {
                throw new IllegalArgumentException(where(section, r) + " covers fewer than the " + width + " columns");
            }
        }
    }

    static List<List<Integer>> startColumns(List<Row> rows, int width) {
        int[] coveredUntil = new int[width];
        List<List<Integer>> starts = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> rowStarts = new java.util.ArrayList<>();
            int column = 0;
            for (Cell cell : rows.get(r).cells()) {
                column = nextFree(coveredUntil, column, r);
                rowStarts.add(column);
                for (int c = column; c < Math.min(width, column + cell.colSpan()); c++) {
                    coveredUntil[c] = r + cell.rowSpan();
                }
                column += cell.colSpan();
            }
            starts.add(List.copyOf(rowStarts));
        }
        return List.copyOf(starts);
    }

    private static int nextFree(int[] coveredUntil, int from, int row) {
        int column = from;
        while (column < coveredUntil.length && coveredUntil[column] > row) {
            column++;
        }
        return column;
    }

    private static String where(String section, int row) {
        return "table " + section + " row " + (row + 1);
    }
}
