package press.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.testing.RawWorkbooks;

/**
 * A workbook is read as it streams and refused at its first excess: a 3.6 MB upload of 72 000
 * rows stops at row 2 001, having read that row's cells and no more (four at once, each as
 * small); too many cells, a cell's text longer than Excel allows, cells that import more text
 * than a CSV upload could carry, a package part that POI would parse whole inflating past its
 * allowance — each refused with the limit it passed, and where.
 */
class WorkbookLimitsTest {

    private static final Duration HANG = Duration.ofSeconds(20);

    @Test
    void aSheetOfSeventyTwoThousandRowsIsRefusedAtRowTwoThousandAndOneWithoutReadingTheRest() {
        byte[] xlsx = rows(72_000);
        assertTrue(xlsx.length > 3_500_000, "an upload of " + xlsx.length + " bytes");
        ReadBudget budget = new ReadBudget();
        Failure refused = assertTimeoutPreemptively(HANG,
                () -> assertThrows(Failure.class, () -> WorkbookReader.read(xlsx, budget)));
        assertEquals(Reason.INVALID_DATA, refused.reason());
        assertEquals("sheet 'Sheet1' uses row 2001; a table holds at most 2000 rows", refused.getMessage());
        assertEquals(2000 * 8, budget.cells(), "the cells of the first 2 000 rows, none of the 70 000 after");
    }

    @Test
    void fourSuchUploadsAtOnceAreEachRefusedNotAnOutOfMemoryError() throws Exception {
        byte[] xlsx = rows(72_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<String> upload = () -> assertThrows(Failure.class, () -> WorkbookReader.read(xlsx)).getMessage();
            List<Future<String>> uploads = pool.invokeAll(Collections.nCopies(4, upload));
            for (Future<String> read : uploads) {
                assertEquals("sheet 'Sheet1' uses row 2001; a table holds at most 2000 rows",
                        assertTimeoutPreemptively(HANG, () -> read.get()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWorkbookOfMoreCellsThanTwiceAFullTableIsRefusedAtTheFirstCellPastIt() {
        byte[] xlsx = RawWorkbooks.of("Sheet1", out -> {
            out.write("<sheetData>");
            for (int r = 1; r <= 2000; r++) {
                out.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 61; c++) {
                    // formatted, empty: a style of its own per cell, so that the zip's ratio does not refuse it first
                    out.write("<c r=\"" + MergedRangesTest.column(c) + r + "\" s=\"" + (r * 61 + c) % 997 + "\"/>");
                }
                out.write("</row>");
            }
            out.write("</sheetData>");
        });
        ReadBudget budget = new ReadBudget();
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(xlsx, budget));
        assertEquals("the workbook has more than 120000 cells; a table of 2000 rows and 30 columns holds at most half "
                + "as many", refused.getMessage());
        assertEquals(120_001, budget.cells());
    }

    @Test
    void aCellOfMoreTextThanExcelAllowsIsRefusedNamingIt() {
        byte[] xlsx = RawWorkbooks.of("名单", out -> out.write("<sheetData><row r=\"3\">"
                + RawWorkbooks.text("B3", "字".repeat(32_768)) + "</row></sheetData>"));
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(xlsx));
        assertEquals("名单!B3 holds more than 32767 characters, more than Excel lets a cell hold", refused.getMessage());
    }

    @Test
    void cellsThatImportMoreTextThanACsvUploadCanCarryAreRefusedAtTheCellThatPassesIt() {
        // one shared string of 30 000 characters, shown by 200 cells: 6 million characters imported
        byte[] xlsx = RawWorkbooks.of("Sheet1", List.of("长".repeat(30_000)), out -> {
            out.write("<sheetData>");
            for (int r = 1; r <= 200; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>0</v></c></row>");
            }
            out.write("</sheetData>");
        });
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(xlsx));
        assertEquals("Sheet1!A175: the workbook's cells hold more than 5242880 characters of text by this cell",
                refused.getMessage());
    }

    @Test
    void aPackagePartThatPoiWouldParseWholeIsRefusedPastItsAllowance() throws IOException {
        StringBuilder comment = new StringBuilder("<!--");
        long random = 7;
        while (comment.length() < 3 * 1024 * 1024) {
            random = random * 6364136223846793005L + 1442695040888963407L;
            comment.append((char) ('a' + (random >>> 60)));
        }
        byte[] xlsx = replaced(RawWorkbooks.overlappingMerges(1), "_rels/.rels", rels -> rels.replace("?>", "?>" + comment + "-->"));
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(xlsx));
        assertEquals("not a workbook that can be read (.xlsx): _rels/.rels inflates past 2097152 bytes",
                refused.getMessage());
    }

    /** {@code rows} rows of eight numbers, as a statistics export writes them: about 50 bytes a row compressed. */
    static byte[] rows(int rows) {
        return RawWorkbooks.of("Sheet1", out -> {
            out.write("<sheetData>");
            long random = 12345;
            for (int r = 1; r <= rows; r++) {
                out.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 8; c++) {
                    random = random * 6364136223846793005L + 1442695040888963407L;
                    out.write(RawWorkbooks.number(MergedRangesTest.column(c) + r, (random >>> 40) % 100_000));
                }
                out.write("</row>");
            }
            out.write("</sheetData>");
        });
    }

    private static byte[] replaced(byte[] zip, String name, java.util.function.UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
