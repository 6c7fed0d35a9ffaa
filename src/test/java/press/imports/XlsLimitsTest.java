package press.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.testing.RawXls;
import press.testing.Workbooks;

/**
 * An .xls is held to the limits of an .xlsx, counted record by record and refused at the first
 * excess: rows, columns, cells — a MULBLANK or MULRK record counting a cell for each column it
 * covers, a few bytes each — shared strings however tiny, the text cells import, merged ranges.
 * A workbook encrypted with a password, bytes that are no workbook and an .et POI cannot read are
 * refused saying what to do, in Chinese and English; one encrypted with Excel's built-in password
 * opens as in Excel. The time-outs only guard against a hang.
 */
class XlsLimitsTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static final String CELLS = "the workbook has more than 120000 cells; a table of 2000 rows and 30 columns "
            + "holds at most half as many";

    @Test
    void aSheetOfSeventyTwoThousandRowsIsRefusedAtRowTwoThousandAndOneWithoutReadingTheRest() {
        byte[] xls = RawXls.of("Sheet1", List.of(), out -> {
            for (int r = 0; r < 72_000; r++) {
                out.row(r).numbers(r, 0, 7, r);
            }
        });
        assertTrue(xls.length > 3_500_000, "an upload of " + xls.length + " bytes");
        ReadBudget budget = new ReadBudget();
        Failure refused = refused(xls, budget);
        assertEquals(Reason.INVALID_DATA, refused.reason());
        assertEquals("sheet 'Sheet1' uses row 2001; a table holds at most 2000 rows", refused.getMessage());
        assertEquals(2000 * 8, budget.cells(), "the cells of the first 2 000 rows, none of the 70 000 after");
    }

    @Test
    void aNumberPastTheThirtiethColumnIsRefusedWhileEmptyCellsThereAreLeftOut() {
        byte[] blanks = RawXls.of("Sheet1", List.of(), out -> out.row(0).number(0, 0, 1).blanks(0, 1, 255));
        assertEquals(1, XlsReader.read(blanks).get(0).columns().size());
        byte[] xls = RawXls.of("Sheet1", List.of(), out -> out.row(0).number(0, 0, 1).number(0, 30, 2));
        assertEquals("sheet 'Sheet1' uses column 31; a table holds at most 30", refused(xls, new ReadBudget()).getMessage());
    }

    @Test
    void aSheetFullOfMulBlankRecordsIsRefusedAtTheFirstCellPastTheLimit() {
        // 2 000 records of 256 formatted empty cells each, 522 bytes a record: half a million cells from 1 MB
        byte[] xls = RawXls.of("Sheet1", List.of(), out -> {
            for (int r = 0; r < 2000; r++) {
                out.blanks(r, 0, 255);
            }
        });
        ReadBudget budget = new ReadBudget();
        assertEquals(CELLS, refused(xls, budget).getMessage());
        assertEquals(120_001, budget.cells());
    }

    @Test
    void mulRkRecordsWritingTheSameCellsOverAndOverAreCountedEachTime() {
        byte[] xls = RawXls.of("Sheet1", List.of(), out -> {
            for (int pass = 0; pass < 3; pass++) {
                for (int r = 0; r < 2000; r++) {
                    out.numbers(r, 0, 29, pass);
                }
            }
        });
        ReadBudget budget = new ReadBudget();
        assertEquals(CELLS, refused(xls, budget).getMessage());
        assertEquals(120_001, budget.cells());
    }

    @Test
    void aMillionTinySharedStringsInAnUploadUnderTheCapAreRefusedAfterAsManyAsCellsCanUse() {
        List<String> tiny = Collections.nCopies(1_250_000, "x");
        byte[] xls = RawXls.of("Sheet1", tiny, out -> out.row(0).label(0, 0, 0));
        assertTrue(xls.length <= 5 * 1024 * 1024, "an upload of " + xls.length + " bytes");
        assertEquals("the workbook's shared strings are more than 120000; its cells could not use them all",
                refused(xls, new ReadBudget()).getMessage());
    }

    @Test
    void aSharedStringOfMoreTextThanExcelAllowsIsRefusedNamingIt() {
        byte[] xls = RawXls.of("名单", List.of("地区", "x".repeat(32_768)), out -> out.row(0).label(0, 0, 0));
        assertEquals("shared string 2 holds more than 32767 characters, more than Excel lets a cell hold",
                refused(xls, new ReadBudget()).getMessage());
        byte[] longest = RawXls.of("名单", List.of("地区", "x".repeat(32_767)), out -> out.row(0).label(0, 0, 1));
        assertEquals(32_767, ((String) XlsReader.read(longest).get(0).head().get(0).get(0)).length());
    }

    @Test
    void aSharedStringTheWorkbookDoesNotHaveIsRefused() {
        byte[] xls = RawXls.of("Sheet1", List.of("地区"), out -> out.row(0).label(0, 0, 5));
        assertTrue(refused(xls, new ReadBudget()).getMessage().endsWith("Sheet1!A1 refers to shared string '5', "
                + "which the workbook does not have"));
    }

    @Test
    void cellsThatImportMoreTextThanACsvUploadCanCarryAreRefusedAtTheCellThatPassesIt() throws IOException {
        // one shared string of 30 000 characters, shown by 200 cells: 6 million characters imported
        byte[] xls = XlsReaderTest.write(HSSFWorkbook::new, workbook -> {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < 200; r++) {
                sheet.createRow(r).createCell(0).setCellValue("长".repeat(30_000));
            }
        });
        assertEquals("Sheet1!A175: the workbook's cells hold more than 5242880 characters of text by this cell",
                refused(xls, new ReadBudget()).getMessage());
    }

    @Test
    void overlappingMergedRangesAreRefusedAsInAnXlsx() throws IOException {
        byte[] xls = XlsReaderTest.write(HSSFWorkbook::new, workbook -> {
            Sheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("地区");
            sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 1, 0, 1));
            sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 2, 1, 2));
        });
        assertEquals("sheet 'Sheet1': the merged ranges A1:B2 and B2:C3 overlap; a cell belongs to one merged range at most",
                refused(xls, new ReadBudget()).getMessage());
    }

    @Test
    void anEncryptedWorkbookIsRefusedSayingToRemoveThePassword() throws IOException {
        byte[] encrypted;
        Biff8EncryptionKey.setCurrentUserPassword("机密");
        try {
            encrypted = Workbooks.townsXls();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Failure refused = assertThrows(Failure.class, () -> XlsReader.read(encrypted));
        assertEquals(Reason.INVALID_DATA, refused.reason());
        assertEquals("工作簿设有打开密码，无法读取：请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再导入。The workbook is encrypted "
                + "with a password: remove the password, save it as .xlsx and import that.", refused.getMessage());
        assertTrue(assertThrows(Failure.class, () -> XlsReader.readEt(encrypted)).getMessage().startsWith("工作簿设有打开密码，"
                + "无法读取：请在 WPS 中取消密码"));
    }

    @Test
    void aWorkbookEncryptedWithExcelsBuiltInPasswordOpensWithoutOneAsInExcel() throws IOException {
        byte[] protectedStructure;
        Biff8EncryptionKey.setCurrentUserPassword("VelvetSweatshop");
        try {
            protectedStructure = Workbooks.townsXls();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertEquals(WorkbookReader.read(Workbooks.towns()), XlsReader.read(protectedStructure));
    }

    @Test
    void anEtThatIsNoWorkbookIsRefusedSayingToSaveItAsXlsxInWps() {
        Failure garbage = assertThrows(Failure.class, () -> XlsReader.readEt("城关镇,1335".getBytes()));
        assertEquals(Reason.INVALID_DATA, garbage.reason());
        assertTrue(garbage.getMessage().startsWith("无法读取这个 WPS 表格文件（.et），请在 WPS 中打开它，另存为 Excel 工作簿（.xlsx）后再导入。"
                + "This .et file cannot be read ("), garbage.getMessage());
        assertTrue(garbage.getMessage().endsWith("): open it in WPS, save it as .xlsx and import that."), garbage.getMessage());
        Failure noWorkbook = assertThrows(Failure.class, () -> XlsReader.readEt(RawXls.compound(new byte[0])));
        assertTrue(noWorkbook.getMessage().contains("Workbook stream"), noWorkbook.getMessage());
    }

    @Test
    void anEtThatIsAnXlsOrAnXlsxInsideReadsAsOne() throws IOException {
        assertEquals(WorkbookReader.read(Workbooks.towns()), XlsReader.readEt(Workbooks.townsXls()));
        assertEquals(WorkbookReader.read(Workbooks.towns()), XlsReader.readEt(Workbooks.towns()));
    }

    private static Failure refused(byte[] xls, ReadBudget budget) {
        return assertTimeoutPreemptively(HANG,
                () -> assertThrows(Failure.class, () -> XlsReader.read(xls, budget, XlsReader.Kind.XLS)));
    }
}
