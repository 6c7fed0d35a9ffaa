package press.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.testing.Workbooks;

/**
 * An Excel 97–2003 workbook imports as the same tables as the same workbook saved as .xlsx: head
 * rows with merged cells, numbers (a date as the number it holds), text, truth values, formulas
 * by their calculated results, hidden and empty sheets; a formula never calculated and an error
 * are refused naming the cell, in the words the .xlsx reader uses.
 */
class XlsReaderTest {

    @Test
    void theTownsWorkbookSavedAsXlsReadsAsTheSameTableAsItsXlsx() throws IOException {
        List<ImportedTable> tables = XlsReader.read(Workbooks.townsXls());
        assertEquals(WorkbookReader.read(Workbooks.towns()), tables);
        ImportedTable table = tables.get(0);
        assertEquals(List.of(new ImportedTable.SpanCell("乡镇", 2, 1), new ImportedTable.SpanCell("受理", 2, 1),
                new ImportedTable.SpanCell("办理情况", 1, 2)), table.head().get(0));
        assertEquals(List.of("合计", new BigDecimal("1616.5"), new BigDecimal("1602"), new BigDecimal("14.5")),
                table.foot().get(0));
    }

    @Test
    void everyKindOfCellReadsAsTheXlsxReaderReadsItFromTheSameWorkbook() throws IOException {
        Consumer<Workbook> content = workbook -> {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("办件统计");
            Row top = sheet.createRow(0);
            top.createCell(0).setCellValue("  地区 ");
            top.createCell(1).setCellValue("受理");
            top.createCell(2).setCellValue("办结");
            top.createCell(4).setCellValue("日期");
            top.createCell(5).setCellValue("说明");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            for (int r = 1; r <= 40; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("乡镇" + r);
                row.createCell(1).setCellValue(r * 1000 + 0.25);
                row.createCell(2).setCellValue(r);
                row.createCell(3).setCellValue(r % 3 == 0);
                row.createCell(4).setCellValue(LocalDate.of(2026, 5, 1 + r % 28));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellFormula("A" + (r + 1) + "&\"：\"&C" + (r + 1));
                for (int c = 6; c < 40; c++) {
                    row.createCell(c); // formatted empty cells, past the table's columns too: MULBLANK in an .xls
                }
            }
            sheet.createRow(41).createCell(0).setCellValue("合计");
            sheet.getRow(41).createCell(1).setCellFormula("SUM(B2:B41)");
            sheet.getRow(41).createCell(2).setCellFormula("SUM(C2:C41)");
            sheet.createRow(60); // a row with nothing in it
            workbook.createSheet("空白");
            Sheet hidden = workbook.createSheet("隐藏");
            hidden.createRow(2).createCell(1).setCellValue("备注");
            workbook.setSheetHidden(2, true);
            Sheet rowsOnly = workbook.createSheet("只有行");
            rowsOnly.createRow(0);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        };
        List<ImportedTable> xls = XlsReader.read(write(HSSFWorkbook::new, content));
        assertEquals(WorkbookReader.read(write(XSSFWorkbook::new, content)), xls);
        assertEquals(List.of("办件统计", "隐藏", "只有行"), xls.stream().map(ImportedTable::sheet).toList());
        ImportedTable table = xls.get(0);
        assertEquals(List.of("乡镇1", new BigDecimal("1000.25"), new BigDecimal("1"), "否", new BigDecimal("46144"),
                "乡镇1：1"), table.body().get(0));
        assertEquals(List.of("合计", new BigDecimal("820010"), new BigDecimal("820"), "", "", ""), table.foot().get(0));
    }

    @Test
    void aFormulaNeverCalculatedIsRefusedNamingItsCellAsInAnXlsx() throws IOException {
        byte[] xls = write(HSSFWorkbook::new, Workbooks.fiveTowns(sheet -> sheet.getRow(6).createCell(2).setCellFormula("SUM(C2:C6)"), false));
        Failure refused = assertThrows(Failure.class, () -> XlsReader.read(xls));
        assertEquals(Reason.INVALID_DATA, refused.reason());
        assertEquals("Sheet1!C7: the formula =SUM(C2:C6) has no calculated value; open and save the file in Excel or "
                + "LibreOffice", refused.getMessage());
    }

    @Test
    void calculatedFormulasImportTheirValues() throws IOException {
        byte[] xls = write(HSSFWorkbook::new, Workbooks.fiveTowns(sheet -> {
            sheet.getRow(6).createCell(2).setCellFormula("SUM(C2:C6)");
            sheet.getRow(6).createCell(3).setCellFormula("IF(C7>10,\"过半\",\"不足\")");
        }, true));
        assertEquals(List.of(List.of("合计", "", new BigDecimal("15"), "过半")), XlsReader.read(xls).get(0).foot());
    }

    @Test
    void anErrorCellAndAFormulaGivingAnErrorAreRefusedNamingTheCell() throws IOException {
        byte[] error = write(HSSFWorkbook::new,
                Workbooks.fiveTowns(sheet -> sheet.getRow(3).getCell(2).setCellErrorValue(FormulaError.DIV0.getCode()), false));
        assertEquals("Sheet1!C4: the cell holds the error #DIV/0!; correct it in the workbook and import it again",
                assertThrows(Failure.class, () -> XlsReader.read(error)).getMessage());
        byte[] formula = write(HSSFWorkbook::new, Workbooks.fiveTowns(sheet -> sheet.getRow(6).createCell(2).setCellFormula("C2/0"), true));
        assertEquals("Sheet1!C7: the formula =C2/0 gives the error #DIV/0!; correct it in the workbook and import it again",
                assertThrows(Failure.class, () -> XlsReader.read(formula)).getMessage());
    }

    @Test
    void anErrorUnderAMergedRangeIsNotReadAsExcelShowsOnlyTheRangesTopLeft() throws IOException {
        byte[] xls = write(HSSFWorkbook::new, Workbooks.fiveTowns(sheet -> {
            sheet.getRow(0).getCell(1).setCellErrorValue(FormulaError.REF.getCode());
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        }, false));
        assertEquals(List.of(List.of(new ImportedTable.SpanCell("地区", 1, 2), "办结")), XlsReader.read(xls).get(0).head());
    }

    static byte[] write(Supplier<Workbook> created, Consumer<Workbook> content) throws IOException {
        try (Workbook workbook = created.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
