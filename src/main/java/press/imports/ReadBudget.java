package press.imports;

import java.util.function.Supplier;
import press.failure.Failure;
import press.failure.Reason;

/**
 * What one workbook may cost, spent while its parts are read: the cells its sheets carry, the
 * text of its shared strings, the text its cells import. Each limit is checked as it is passed,
 * so a reader stops at the first excess instead of counting a sheet it has already inflated.
 * Also counts the grid positions and merged-range columns the readers visit, for the tests to
 * see that the work grows with what the sheet holds, never with the area its ranges claim.
 */
final class ReadBudget {

    private int cells;
    private int sharedStrings;
    private long sharedText;
    private long cellText;
    private long steps;

    /** One more {@code <c>} element, with or without a value. */
    void cell() {
        if (++cells > WorkbookReader.MAX_CELLS) {
            throw new Failure(Reason.INVALID_DATA, "the workbook has more than " + WorkbookReader.MAX_CELLS
                    + " cells; a table of " + WorkbookReader.MAX_ROWS + " rows and " + WorkbookReader.MAX_COLUMNS
                    + " columns holds at most half as many");
        }
    }

    /** One more entry of the shared-strings table, of so many characters. */
    void sharedString(int length) {
        if (++sharedStrings > WorkbookReader.MAX_CELLS) {
            throw new Failure(Reason.INVALID_DATA, "the workbook's shared strings are more than "
                    + WorkbookReader.MAX_CELLS + "; its cells could not use them all");
        }
        sharedText += length;
        if (sharedText > WorkbookReader.MAX_TEXT) {
            throw new Failure(Reason.INVALID_DATA, "the workbook's shared strings hold more than "
                    + WorkbookReader.MAX_TEXT + " characters of text");
        }
    }

    /** Text that a cell imports: a shared string counts again for every cell that shows it. */
    void cellText(Supplier<String> address, int length) {
        cellText += length;
        if (cellText > WorkbookReader.MAX_TEXT) {
            throw new Failure(Reason.INVALID_DATA, address.get() + ": the workbook's cells hold more than "
                    + WorkbookReader.MAX_TEXT + " characters of text by this cell");
        }
    }

    void step(long visited) {
        steps += visited;
    }

    /** Cells read so far. */
    int cells() {
        return cells;
    }

    /** Grid positions and range columns visited so far. */
    long steps() {
        return steps;
    }
}
