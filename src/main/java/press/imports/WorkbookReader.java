package press.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Reads an .xlsx workbook's sheets with Apache POI's event API, streaming: the package is read
 * where it lies in the upload ({@link WorkbookZip}, POI's zip-bomb guard on every entry), the
 * shared strings and each sheet's XML parsed as they inflate ({@link StringTable},
 * {@link SheetReader}), every limit below checked while reading and the first excess refused — so
 * an upload costs memory in proportion to these limits, not to what its sheets inflate to. A
 * number cell is read as the number it holds, not the text it shows; a formula as its cached
 * result (refused, naming the cell, when it has none); a merged range as one cell with its spans.
 */
public final class WorkbookReader {

    /** The most rows and columns of a sheet read: a bulletin's table holds no more. */
    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 30;
    /**
     * The most {@code <c>} elements a workbook's sheets carry, with a value or without: a full
     * table's cells twice over, for formatted empty cells and a second sheet; not a data dump's.
     */
    static final int MAX_CELLS = 2 * MAX_ROWS * MAX_COLUMNS;
    /** The longest text of a cell (or a formula): Excel's own limit, so nothing Excel writes is refused for it. */
    static final int MAX_CELL_TEXT = 32_767;
    /**
     * The most characters of text a workbook's shared strings hold, and again the most its cells
     * import (a shared string counts for each cell that shows it): as much as a CSV upload (5 MiB) can carry.
     */
    static final int MAX_TEXT = 5 * 1024 * 1024;

    private WorkbookReader() {
    }

    /** Every sheet that holds something, as a table. */
    public static List<ImportedTable> read(byte[] xlsx) {
        return read(xlsx, new ReadBudget());
    }

    static List<ImportedTable> read(byte[] xlsx, ReadBudget budget) {
        WorkbookZip zip;
        try {
            zip = WorkbookZip.of(xlsx);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e.getMessage(), e);
        }
        try (zip; OPCPackage workbook = OPCPackage.open(zip)) {
            List<ImportedTable> tables = tables(zip, workbook, budget);
            if (zip.cut().isPresent()) {
                throw new IOException(zip.cut().get());
            }
            return tables;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof Failure failure) {
                throw failure;
            }
            throw unreadable(zip.cut().orElse(e.getMessage()), e);
        }
    }

    private static List<ImportedTable> tables(WorkbookZip zip, OPCPackage workbook, ReadBudget budget)
            throws IOException, OpenXML4JException, SAXException {
        for (XSSFRelation streamed : List.of(XSSFRelation.WORKSHEET, XSSFRelation.SHARED_STRINGS)) {
            for (PackagePart part : workbook.getPartsByContentType(streamed.getContentType())) {
                zip.stream(part);
            }
        }
        XSSFReader reader = new XSSFReader(workbook);
        List<String> strings = List.of();
        try (InputStream shared = reader.getSharedStringsData()) {
            if (shared != null) {
                strings = StringTable.read(shared, budget);
            }
        }
        List<ImportedTable> tables = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            SheetCells cells;
            try (InputStream sheet = sheets.next()) {
                cells = SheetReader.read(sheets.getSheetName(), sheet, strings, budget);
            }
            if (cells.hasRows()) {
                tables.add(SheetRows.table(sheets.getSheetName(), cells.grid(budget)));
            }
        }
        return tables;
    }

    private static Failure unreadable(String why, Exception cause) {
        return new Failure(Reason.INVALID_DATA, "not a workbook that can be read (.xlsx): " + why, List.of(), cause);
    }

    /** A double as the decimal it was typed as: 1335.0 is 1335, 0.1 stays 0.1. */
    static BigDecimal number(double value) {
        BigDecimal number = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }
}
