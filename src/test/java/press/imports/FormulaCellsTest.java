package press.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.testing.RawWorkbooks;
import press.testing.Workbooks;

/**
 * A formula imports as the value its workbook last calculated. One that was never calculated
 * (a workbook written by a script, not saved by Excel) once imported as 0, and an error cell as a
 * blank; both are refused now, naming the cell, so the clerk knows which figure to fix.
 */
class FormulaCellsTest {

    @Test
    void aFormulaWithNoCalculatedValueIsRefusedNamingItsCell() throws IOException {
        byte[] xlsx = workbook(sheet -> sheet.getRow(6).createCell(2).setCellFormula("SUM(C2:C6)"), false);
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(xlsx));
        assertEquals(Reason.INVALID_DATA, refused.reason());
        assertEquals("Sheet1!C7: the formula =SUM(C2:C6) has no calculated value; open and save the file in Excel or "
                + "LibreOffice", refused.getMessage());
    }

    @Test
    void aCalculatedFormulaImportsItsValue() throws IOException {
        byte[] xlsx = workbook(sheet -> sheet.getRow(6).createCell(2).setCellFormula("SUM(C2:C6)"), true);
        assertEquals(List.of(List.of("合计", "", new BigDecimal("15"))), WorkbookReader.read(xlsx).get(0).foot());
    }

    @Test
    void anErrorCellIsRefusedNamingItsCellAndItsError() throws IOException {
        byte[] xlsx = workbook(sheet -> sheet.getRow(3).getCell(2).setCellErrorValue(FormulaError.DIV0.getCode()), false);
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(xlsx));
        assertEquals("Sheet1!C4: the cell holds the error #DIV/0!; correct it in the workbook and import it again",
                refused.getMessage());
    }

    @Test
    void aFormulaWhoseResultIsAnErrorIsRefusedNamingItsCellItsFormulaAndItsError() throws IOException {
        byte[] xlsx = workbook(sheet -> sheet.getRow(6).createCell(2).setCellFormula("C2/0"), true);
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(xlsx));
        assertEquals("Sheet1!C7: the formula =C2/0 gives the error #DIV/0!; correct it in the workbook and import it again",
                refused.getMessage());
    }

    @Test
    void anErrorUnderAMergedRangeIsNotReadAsExcelShowsOnlyTheRangesTopLeft() {
        byte[] xlsx = RawWorkbooks.of("Sheet1", out -> out.write("<sheetData><row r=\"1\">"
                + RawWorkbooks.text("A1", "地区") + "<c r=\"B1\" t=\"e\"><v>#REF!</v></c></row><row r=\"2\">"
                + RawWorkbooks.text("A2", "城关镇") + RawWorkbooks.number("B2", 5) + "</row></sheetData>"
                + "<mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>"));
        ImportedTable table = WorkbookReader.read(xlsx).get(0);
        assertEquals(List.of(List.of(new ImportedTable.SpanCell("地区", 1, 2))), table.head());
    }

    /** The towns workbook ({@link Workbooks#fiveTowns(java.util.function.Consumer, boolean)}) as an .xlsx. */
    private static byte[] workbook(java.util.function.Consumer<Sheet> finish, boolean calculate) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbooks.fiveTowns(finish, calculate).accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
