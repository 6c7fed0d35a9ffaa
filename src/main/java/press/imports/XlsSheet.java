package press.imports;

import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import press.failure.Failure;
import press.failure.Reason;

/**
 * One sheet of a binary workbook read record by record, each cell checked as it comes against the
 * limits {@link SheetReader} holds an .xlsx sheet to, and read as it reads one: a number (NUMBER,
 * RK, each of a MULRK) as the number it holds, whatever its format shows (a date too); text
 * stripped; 是/否 for a truth value; a formula as its cached result (a text result from the STRING
 * record after it); an error, or a formula never calculated, refused naming the cell. A MULBLANK
 * or MULRK is one cell per column it covers, as many as an .xlsx would write.
 *
 * <p>A FORMULA record always carries a result, so "never calculated" has no mark of its own in
 * BIFF. Excel keeps the record's option bit 1 zero (MS-XLS: reserved); POI sets it on every formula
 * it writes and leaves the result 0 until something evaluates it — the script-written workbook the
 * .xlsx reader refuses. So a formula with that bit and the result 0 is refused as uncalculated:
 * the clerk opens and saves the file, rather than importing a 0 that may be wrong.
 */
final class XlsSheet {

    private static final int CALCULATE_ON_LOAD = 0x0002;

    private final String name;
    private final List<String> strings;
    private final ReadBudget budget;
    private final MergedRanges merges;
    private final SheetCells cells;
    /** A formula whose text result is in the STRING record that follows it. */
    private FormulaRecord pending;

    XlsSheet(String name, List<String> strings, ReadBudget budget) {
        this.name = name;
        this.strings = strings;
        this.budget = budget;
        this.merges = new MergedRanges(name);
        this.cells = new SheetCells(merges);
    }

    String name() {
        return name;
    }

    /** One record of the sheet's substream, {@code in} just past its header; records that hold no cell are skipped. */
    void record(short sid, RecordInputStream in) {
        if (pending != null && sid != StringRecord.sid && sid != SharedFormulaRecord.sid && sid != ArrayRecord.sid
                && sid != TableRecord.sid) {
            unanswered();
        }
        switch (sid) {
            case RowRecord.sid -> row(new RowRecord(in).getRowNumber());
            case NumberRecord.sid -> {
                NumberRecord number = new NumberRecord(in);
                put(number.getRow(), column(number), () -> number(number.getRow(), column(number), number.getValue()));
            }
            case RKRecord.sid -> {
                RKRecord number = new RKRecord(in);
                put(number.getRow(), column(number), () -> number(number.getRow(), column(number), number.getRKNumber()));
            }
            case MulRKRecord.sid -> {
                MulRKRecord numbers = new MulRKRecord(in);
                for (int i = 0; i < numbers.getNumColumns(); i++) {
                    int column = numbers.getFirstColumn() + i;
                    double value = numbers.getRKNumberAt(i);
                    put(numbers.getRow(), column, () -> number(numbers.getRow(), column, value));
                }
            }
            case BlankRecord.sid -> {
                BlankRecord blank = new BlankRecord(in);
                put(blank.getRow(), column(blank), () -> SheetCells.Marker.BLANK);
            }
            case MulBlankRecord.sid -> {
                MulBlankRecord blanks = new MulBlankRecord(in);
                for (int column = blanks.getFirstColumn(); column <= blanks.getLastColumn(); column++) {
                    put(blanks.getRow(), column, () -> SheetCells.Marker.BLANK);
                }
            }
            case LabelSSTRecord.sid -> {
                LabelSSTRecord label = new LabelSSTRecord(in);
                put(label.getRow(), column(label), () -> shared(label.getRow(), column(label), label.getSSTIndex()));
            }
            case LabelRecord.sid -> {
                LabelRecord label = new LabelRecord(in);
                put(label.getRow(), column(label), () -> text(label.getRow(), column(label), label.getValue()));
            }
            case BoolErrRecord.sid -> {
                BoolErrRecord value = new BoolErrRecord(in);
                put(value.getRow(), column(value), () -> value.isBoolean() ? truth(value.getBooleanValue())
                        : SheetCells.error(address(value.getRow(), column(value)), null, errorText(value.getErrorValue())));
            }
            case FormulaRecord.sid -> formula(new FormulaRecord(in));
            case StringRecord.sid -> {
                StringRecord result = new StringRecord(in);
                if (pending != null) {
                    FormulaRecord formula = pending;
                    pending = null;
                    put(formula.getRow(), column(formula),
                            () -> text(formula.getRow(), column(formula), result.getString()));
                }
            }
            case MergeCellsRecord.sid -> {
                MergeCellsRecord ranges = new MergeCellsRecord(in);
                for (int i = 0; i < ranges.getNumAreas(); i++) {
                    CellRangeAddress range = ranges.getAreaAt(i);
                    merges.add(new MergedRanges.Range(range.getFirstRow(), range.getFirstColumn(), range.getLastRow(),
                            range.getLastColumn()));
                }
            }
            default -> {
            }
        }
    }

    /** The end of the sheet's substream: the cells as a grid, or none when the sheet has no row. */
    SheetCells end() {
        if (pending != null) {
            unanswered();
        }
        return cells;
    }

    private void row(int row) {
        if (row >= WorkbookReader.MAX_ROWS) {
            throw SheetCells.pastRows(name, row);
        }
        cells.listed();
    }

    private void formula(FormulaRecord formula) {
        int row = formula.getRow();
        int column = column(formula);
        switch (formula.getCachedResultTypeEnum()) {
            case NUMERIC -> put(row, column, () -> (formula.getOptions() & CALCULATE_ON_LOAD) != 0 && formula.getValue() == 0
                    ? SheetCells.uncalculated(address(row, column), formulaText(formula))
                    : number(row, column, formula.getValue()));
            case STRING -> {
                if (formula.hasCachedResultString()) {
                    pending = formula;
                } else {
                    put(row, column, () -> "");
                }
            }
            case BOOLEAN -> put(row, column, () -> truth(formula.getCachedBooleanValue()));
            case ERROR -> put(row, column, () -> SheetCells.error(address(row, column), formulaText(formula),
                    errorText(formula.getCachedErrorValue())));
            default -> throw new IllegalArgumentException(address(row, column) + ": a formula of no result type");
        }
    }

    /** A formula said its text result follows, and no STRING record did. */
    private void unanswered() {
        FormulaRecord formula = pending;
        pending = null;
        put(formula.getRow(), column(formula),
                () -> SheetCells.uncalculated(address(formula.getRow(), column(formula)), formulaText(formula)));
    }

    /** One cell: counted, its row checked, then its content read; past the columns only an empty one is let go. */
    private void put(int row, int column, Supplier<Object> content) {
        budget.cell();
        if (row >= WorkbookReader.MAX_ROWS) {
            throw SheetCells.pastRows(name, row);
        }
        Object value = content.get();
        if (column >= WorkbookReader.MAX_COLUMNS) {
            if (value != SheetCells.Marker.BLANK) {
                throw SheetCells.pastColumns(name, column);
            }
            return;
        }
        cells.put(row, column, value);
    }

    private Object number(int row, int column, double value) {
        if (!Double.isFinite(value)) {
            throw new Failure(Reason.INVALID_DATA, address(row, column) + ": a number cell whose value is no number");
        }
        return WorkbookReader.number(value);
    }

    private String shared(int row, int column, int index) {
        if (index < 0 || index >= strings.size()) {
            throw new IllegalArgumentException(address(row, column) + " refers to shared string '" + index
                    + "', which the workbook does not have");
        }
        return counted(row, column, strings.get(index).strip());
    }

    private String text(int row, int column, String raw) {
        if (raw.length() > WorkbookReader.MAX_CELL_TEXT) {
            throw StringTable.tooLong(address(row, column));
        }
        return counted(row, column, raw.strip());
    }

    private String counted(int row, int column, String text) {
        budget.cellText(() -> address(row, column), text.length());
        return text;
    }

    private static String truth(boolean value) {
        return value ? "是" : "否";
    }

    private static String errorText(int code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#" + code;
    }

    /** " =…" as POI renders the formula, or nothing when it cannot without the workbook (a name, another sheet). */
    private static String formulaText(FormulaRecord formula) {
        try {
            return " =" + FormulaRenderer.toFormulaString(null, formula.getParsedExpression());
        } catch (RuntimeException needsTheWorkbook) {
            return "";
        }
    }

    /** A cell record's column, unsigned as BIFF stores it. */
    private static int column(CellValueRecordInterface cell) {
        return cell.getColumn() & 0xFFFF;
    }

    private String address(int row, int column) {
        return new CellReference(name, row, column, false, false).formatAsString();
    }
}
