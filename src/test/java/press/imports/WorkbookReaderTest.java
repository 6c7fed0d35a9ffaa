package press.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.testing.Workbooks;

/**
 * A workbook as an office exports it: two head rows with merged cells, numbers typed as numbers
 * (one shown with a thousands separator), a formula, a 合计 row — read as a typed table; a zip
 * bomb is refused.
 */
class WorkbookReaderTest {

    @Test
    void headRowsWithMergedCellsNumbersAndATotalsRowBecomeATypedTable() throws IOException {
        List<ImportedTable> tables = WorkbookReader.read(Workbooks.towns());
        assertEquals(1, tables.size());
        ImportedTable table = tables.get(0);
        assertEquals("10月", table.sheet());
        assertEquals(List.of("text", "number", "number", "number"), table.columns());
        assertEquals(List.of(new ImportedTable.SpanCell("乡镇", 2, 1), new ImportedTable.SpanCell("受理", 2, 1),
                new ImportedTable.SpanCell("办理情况", 1, 2)), table.head().get(0));
        assertEquals(List.of("已办结", "办理中"), table.head().get(1));
        assertEquals(List.of("城关镇", new BigDecimal("1335"), new BigDecimal("1327"), new BigDecimal("8")), table.body().get(0));
        assertEquals(new BigDecimal("95.5"), table.body().get(2).get(1));
        assertEquals(List.of("合计", new BigDecimal("1616.5"), new BigDecimal("1602"), new BigDecimal("14.5")),
                table.foot().get(0));
    }

    @Test
    void aWorkbookThatInflatesLikeABombIsRefused() throws IOException {
        byte[] bomb = withEntry(Workbooks.towns(), "xl/media/padding.bin", new byte[40 * 1024 * 1024]);
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(bomb));
        assertEquals(Reason.INVALID_DATA, refused.reason());
        assertTrue(refused.getMessage().contains("not a workbook that can be read"), refused.getMessage());
    }

    @Test
    void bytesThatAreNoWorkbookAreRefusedAsSuch() {
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read("城关镇,1335".getBytes()));
        assertEquals(Reason.INVALID_DATA, refused.reason());
    }

    private static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry(name));
            copy.write(content);
            copy.closeEntry();
        }
        return out.toByteArray();
    }
}
