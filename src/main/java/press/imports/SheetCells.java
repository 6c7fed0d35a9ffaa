package press.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import press.failure.Failure;
import press.failure.Reason;

/**
 * The cells a sheet's XML holds, row by row as they came, and its merged ranges; turned into the
 * grid {@link SheetRows} cuts into a table once the whole sheet is read (its merged ranges come
 * after its cells). Only rows that hold a cell become grid rows: a row without one could not
 * hold anything to import, and {@link SheetRows} drops such rows anyway.
 */
final class SheetCells {

    /** A cell that is there but holds nothing; at a merged range's top-left it is no value, not empty text. */
    enum Marker { BLANK }

    /** A cell that cannot be imported: refused unless a merged range covers it (Excel keeps only a range's top-left). */
    record Refused(String message) {
    }

    private static final SheetRows.Value EMPTY = new SheetRows.Value(null, 1, 1, false);
    private static final SheetRows.Value COVERED = new SheetRows.Value(null, 1, 1, true);

    private final TreeMap<Integer, Object[]> rows = new TreeMap<>();
    private final MergedRanges merges;
    private boolean anyRow;

    SheetCells(MergedRanges merges) {
        this.merges = merges;
    }

    /** A {@code <row>} element: a later one of the same number replaces an earlier, as POI's user model does. */
    void row(int row) {
        rows.remove(row);
        anyRow = true;
    }

    /** A cell's content: text, a number, {@link Marker#BLANK} or {@link Refused}. */
    void put(int row, int column, Object content) {
        anyRow = true;
        rows.computeIfAbsent(row, r -> new Object[WorkbookReader.MAX_COLUMNS])[column] = content;
    }

    /** A row a binary sheet lists (its ROW record): the sheet has a row; the row's cells stay, as HSSF keeps them. */
    void listed() {
        anyRow = true;
    }

    /** Whether the sheet has a row at all: a sheet without one is no table, one with only empty rows an empty table. */
    boolean hasRows() {
        return anyRow;
    }

    /**
     * The grid of the rows that hold cells, {@link WorkbookReader#MAX_COLUMNS} wide: each cell a value,
     * a merged range's top-left its value with the range's spans, a position a range covers marked
     * covered. Overlapping ranges are refused before anything is marked; a refused cell that no
     * range covers is refused here.
     */
    List<List<SheetRows.Value>> grid(ReadBudget budget) {
        MergedRanges.Sweep sweep = merges.sweep(budget);
        List<List<SheetRows.Value>> grid = new ArrayList<>(rows.size());
        for (Map.Entry<Integer, Object[]> entry : rows.entrySet()) {
            int r = entry.getKey();
            sweep.moveTo(r);
            List<SheetRows.Value> row = new ArrayList<>(WorkbookReader.MAX_COLUMNS);
            for (int c = 0; c < WorkbookReader.MAX_COLUMNS; c++) {
                row.add(value(r, c, entry.getValue()[c], sweep.at(c)));
            }
            budget.step(WorkbookReader.MAX_COLUMNS);
            grid.add(row);
        }
        return grid;
    }

    /** A cell in a row past the table's rows: refused, whatever it holds. */
    static Failure pastRows(String sheet, int row) {
        return new Failure(Reason.INVALID_DATA, "sheet '" + sheet + "' uses row " + (row + 1)
                + "; a table holds at most " + WorkbookReader.MAX_ROWS + " rows");
    }

    /** A cell with content in a column past the table's columns (an empty one there is left out). */
    static Failure pastColumns(String sheet, int column) {
        return new Failure(Reason.INVALID_DATA, "sheet '" + sheet + "' uses column " + (column + 1)
                + "; a table holds at most " + WorkbookReader.MAX_COLUMNS);
    }

    /** A formula that was never calculated: its cell would read 0. {@code formula} is " =…" or empty. */
    static Refused uncalculated(String address, String formula) {
        return new Refused(address + ": the formula" + formula
                + " has no calculated value; open and save the file in Excel or LibreOffice");
    }

    /** An error value, of a formula ({@code formula} " =…", or empty when unknown) or held by the cell (null). */
    static Refused error(String address, String formula, String error) {
        return new Refused(address + ": " + (formula != null ? "the formula" + formula + " gives" : "the cell holds")
                + " the error " + error + "; correct it in the workbook and import it again");
    }

    private static SheetRows.Value value(int row, int column, Object content, MergedRanges.Range range) {
        if (range != null && !range.topLeft(row, column)) {
            return COVERED;
        }
        if (content instanceof Refused refused) {
            throw new Failure(Reason.INVALID_DATA, refused.message());
        }
        Object value = content == Marker.BLANK ? null : content;
        if (range != null) {
            // a range whose top-left has no cell at all shows as an empty span
            return new SheetRows.Value(content == null ? "" : value, range.lastRow() - row + 1, range.columns(), false);
        }
        return value == null ? EMPTY : new SheetRows.Value(value, 1, 1, false);
    }
}
