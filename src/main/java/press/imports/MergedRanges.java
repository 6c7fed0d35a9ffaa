package press.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import press.failure.Failure;
import press.failure.Reason;

/**
 * A sheet's merged ranges, each kept once as its corners — never spread over the cells it
 * covers. A range past the rows or columns a table holds is refused as it is read; ranges that
 * overlap are refused before any cell is marked, found by one sweep down the rows (sorted, then
 * each range checked against the last row still claimed in each of its columns). Disjoint ranges
 * inside the grid can then cover each position once at most, so {@link Sweep} answers "which
 * range covers this cell" for the rows that hold cells at a cost of their cells plus the ranges'
 * columns, whatever area the ranges claim.
 */
final class MergedRanges {

    /** The most ranges a sheet may have: disjoint ones inside the grid cannot be more. */
    static final int MAX_RANGES = WorkbookReader.MAX_ROWS * WorkbookReader.MAX_COLUMNS;

    /** Zero-based, inclusive corners. */
    record Range(int firstRow, int firstColumn, int lastRow, int lastColumn) {

        Range {
            if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
                throw new IllegalArgumentException("a merged range from row " + firstRow + ", column " + firstColumn
                        + " to row " + lastRow + ", column " + lastColumn);
            }
        }

        boolean topLeft(int row, int column) {
            return row == firstRow && column == firstColumn;
        }

        int columns() {
            return lastColumn - firstColumn + 1;
        }

        @Override
        public String toString() {
            return new CellReference(firstRow, firstColumn).formatAsString() + ":"
                    + new CellReference(lastRow, lastColumn).formatAsString();
        }
    }

    private final String sheet;
    private final List<Range> ranges = new ArrayList<>();

    MergedRanges(String sheet) {
        this.sheet = sheet;
    }

    /** A range as the sheet lists it, refused at once when it reaches past the table's rows or columns. */
    void add(Range range) {
        if (range.lastColumn() >= WorkbookReader.MAX_COLUMNS) {
            throw new Failure(Reason.INVALID_DATA, "sheet '" + sheet + "' merges " + range + ", past column "
                    + WorkbookReader.MAX_COLUMNS + "; a table holds at most " + WorkbookReader.MAX_COLUMNS + " columns");
        }
        if (range.lastRow() >= WorkbookReader.MAX_ROWS) {
            throw new Failure(Reason.INVALID_DATA, "sheet '" + sheet + "' merges " + range + ", past row "
                    + WorkbookReader.MAX_ROWS + "; a table holds at most " + WorkbookReader.MAX_ROWS + " rows");
        }
        if (ranges.size() == MAX_RANGES) {
            throw new Failure(Reason.INVALID_DATA, "sheet '" + sheet + "' has more than " + MAX_RANGES
                    + " merged ranges, more than a table of " + WorkbookReader.MAX_ROWS + " × "
                    + WorkbookReader.MAX_COLUMNS + " cells can hold without overlapping");
        }
        ranges.add(range);
    }

    /** A sweep down the rows over these ranges, refused first when two of them overlap. */
    Sweep sweep(ReadBudget budget) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::firstRow).thenComparingInt(Range::firstColumn));
        budget.step(sorted.size());
        // sorted by first row, a range overlaps an earlier one exactly when, in one of its columns,
        // an earlier range still reaches its first row
        Range[] claimed = new Range[WorkbookReader.MAX_COLUMNS];
        for (Range range : sorted) {
            for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
                if (claimed[c] != null && claimed[c].lastRow() >= range.firstRow()) {
                    throw new Failure(Reason.INVALID_DATA, "sheet '" + sheet + "': the merged ranges " + claimed[c]
                            + " and " + range + " overlap; a cell belongs to one merged range at most");
                }
            }
            for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
                claimed[c] = range;
            }
            budget.step(2L * range.columns());
        }
        return new Sweep(sorted, budget);
    }

    /** Walks the rows downwards (each row at most once, in order) and says which range covers a cell. */
    static final class Sweep {

        private final List<Range> sorted;
        private final ReadBudget budget;
        private final Range[] active = new Range[WorkbookReader.MAX_COLUMNS];
        private int next;
        private int row = -1;

        private Sweep(List<Range> sorted, ReadBudget budget) {
            this.sorted = sorted;
            this.budget = budget;
        }

        /** Moves to a row below the last one: the ranges that start by it take their columns. */
        void moveTo(int row) {
            if (row <= this.row) {
                throw new IllegalStateException("row " + row + " after row " + this.row);
            }
            this.row = row;
            while (next < sorted.size() && sorted.get(next).firstRow() <= row) {
                Range range = sorted.get(next++);
                for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
                    active[c] = range;
                }
                budget.step(range.columns());
            }
        }

        /** The range that covers this column of the current row, or null. */
        Range at(int column) {
            Range range = active[column];
            return range != null && range.lastRow() >= row ? range : null;
        }
    }
}
