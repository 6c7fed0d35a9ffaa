package press.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Reads an .xlsx workbook's sheets with Apache POI, bounded against zip bombs (POI's inflation
 * ratio and entry-size limits, tightened) and entity expansion (POI's XML readers refuse DTDs):
 * a number cell is read as the number it holds, not the text it shows; a formula as its cached
 * result; a merged range as one cell with its spans.
 */
public final class WorkbookReader {

    /** The most rows and columns of a sheet read: a bulletin's table holds no more. */
    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 30;

    static {
        ZipSecureFile.setMinInflateRatio(0.02);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private WorkbookReader() {
    }

    /** Every sheet that holds something, as a table. */
    public static List<ImportedTable> read(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<ImportedTable> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<List<SheetRows.Value>> grid = grid(sheet);
                if (!grid.isEmpty()) {
                    tables.add(SheetRows.table(sheet.getSheetName(), grid));
                }
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Failure failure) {
                throw failure;
            }
            throw new Failure(Reason.INVALID_DATA, "not a workbook that can be read (.xlsx): " + e.getMessage(),
                    List.of(), e);
        }
    }

    private static List<List<SheetRows.Value>> grid(Sheet sheet) {
        int last = sheet.getLastRowNum();
        if (last >= MAX_ROWS) {
            throw new Failure(Reason.INVALID_DATA, "sheet '" + sheet.getSheetName() + "' has " + (last + 1)
                    + " rows; a table holds at most " + MAX_ROWS);
        }
        SheetRows.Value[][] values = new SheetRows.Value[last + 1][MAX_COLUMNS];
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            for (int r = merged.getFirstRow(); r <= Math.min(merged.getLastRow(), last); r++) {
                for (int c = merged.getFirstColumn(); c <= Math.min(merged.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    values[r][c] = new SheetRows.Value(null, 1, 1, true);
                }
            }
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c >= MAX_COLUMNS) {
                    if (value(cell) != null) {
                        throw new Failure(Reason.INVALID_DATA, "sheet '" + sheet.getSheetName() + "' uses column "
                                + (c + 1) + "; a table holds at most " + MAX_COLUMNS);
                    }
                    continue;
                }
                if (values[row.getRowNum()][c] == null || !values[row.getRowNum()][c].covered()) {
                    values[row.getRowNum()][c] = new SheetRows.Value(value(cell), 1, 1, false);
                }
            }
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            int r = merged.getFirstRow();
            int c = merged.getFirstColumn();
            if (r <= last && c < MAX_COLUMNS) {
                Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
                values[r][c] = new SheetRows.Value(cell == null ? "" : value(cell), merged.getLastRow() - r + 1,
                        merged.getLastColumn() - c + 1, false);
            }
        }
        List<List<SheetRows.Value>> grid = new ArrayList<>();
        SheetRows.Value empty = new SheetRows.Value(null, 1, 1, false);
        for (SheetRows.Value[] row : values) {
            grid.add(java.util.Arrays.stream(row).map(value -> value == null ? empty : value).toList());
        }
        return grid;
    }

    /** A cell's value: a number as a number, text as text, a formula's cached result, nothing for a blank. */
    private static Object value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> null;
        };
    }

    /** A double as the decimal it was typed as: 1335.0 is 1335, 0.1 stays 0.1. */
    static BigDecimal number(double value) {
        BigDecimal number = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }
}
