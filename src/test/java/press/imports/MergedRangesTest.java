package press.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.testing.RawWorkbooks;

/**
 * Merged ranges cost what the sheet holds, never the area they claim: ten thousand ranges of
 * two thousand rows × 30 columns each (a 46 KB upload that once took seconds of CPU filling
 * them) are refused at their first overlap before a cell is marked; a hundred thousand are more
 * than a table can hold and refused while reading; disjoint tall ranges are read at a cost of
 * their cells. The work is counted in grid positions and range columns visited, not timed; the
 * time-outs only guard against a hang.
 */
class MergedRangesTest {

    private static final Duration HANG = Duration.ofSeconds(20);

    @Test
    void tenThousandOverlappingRangesAreRefusedAtTheirFirstOverlapBeforeAnyCellIsMarked() {
        byte[] xlsx = RawWorkbooks.overlappingMerges(10_000);
        ReadBudget budget = new ReadBudget();
        Failure refused = assertTimeoutPreemptively(HANG,
                () -> assertThrows(Failure.class, () -> WorkbookReader.read(xlsx, budget)));
        assertEquals(Reason.INVALID_DATA, refused.reason());
        assertTrue(refused.getMessage().matches("sheet 'Sheet1': the merged ranges A\\d+:AD\\d+ and A\\d+:AD\\d+ overlap; .*"),
                refused.getMessage());
        // sorting the ranges and checking two of them, not 10 000 × ~2 000 × 30 cells
        assertTrue(budget.steps() <= 10_000 + 2 * 2 * 30, "steps: " + budget.steps());
    }

    @Test
    void aHundredThousandRangesAreMoreThanATableHoldsAndAreRefusedWhileReading() {
        byte[] xlsx = RawWorkbooks.overlappingMerges(100_000);
        ReadBudget budget = new ReadBudget();
        Failure refused = assertTimeoutPreemptively(HANG,
                () -> assertThrows(Failure.class, () -> WorkbookReader.read(xlsx, budget)));
        assertEquals("sheet 'Sheet1' has more than 60000 merged ranges, more than a table of 2000 × 30 cells can hold "
                + "without overlapping", refused.getMessage());
        assertEquals(0, budget.steps());
    }

    @Test
    void disjointRangesTwoThousandRowsTallAreReadAtTheCostOfTheirCellsNotTheirArea() {
        byte[] xlsx = RawWorkbooks.of("Sheet1", out -> {
            StringBuilder head = new StringBuilder("<sheetData><row r=\"1\">");
            StringBuilder tops = new StringBuilder("<row r=\"2\">");
            StringBuilder merges = new StringBuilder("<mergeCells>");
            for (int c = 0; c < 30; c++) {
                String column = column(c);
                head.append(RawWorkbooks.text(column + "1", "栏" + c));
                tops.append(RawWorkbooks.number(column + "2", c));
                merges.append("<mergeCell ref=\"").append(column).append("2:").append(column).append("2000\"/>");
            }
            out.write(head + "</row>" + tops + "</row></sheetData>" + merges + "</mergeCells>");
        });
        ReadBudget budget = new ReadBudget();
        ImportedTable table = WorkbookReader.read(xlsx, budget).get(0);
        List<Object> numbers = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            numbers.add(BigDecimal.valueOf(c));
        }
        assertEquals(List.of(numbers), table.body());
        // 30 ranges of 1 999 rows claim 59 970 positions; the sheet holds 60 cells in two rows
        long cellsAndRanges = 60 + 30;
        assertTrue(budget.steps() <= 10 * cellsAndRanges, "steps: " + budget.steps());
    }

    @Test
    void mergedHeadCellsBecomeSpansAndTheCellsTheyCoverAreLeftOut() {
        byte[] xlsx = RawWorkbooks.of("表", out -> out.write("<sheetData>"
                + "<row r=\"1\">" + RawWorkbooks.text("A1", "乡镇") + RawWorkbooks.text("B1", "办理情况")
                + "<c r=\"C1\" s=\"1\"/></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"1\"/>" + RawWorkbooks.text("B2", "已办结") + RawWorkbooks.text("C2", "办理中") + "</row>"
                + "<row r=\"3\">" + RawWorkbooks.text("A3", "城关镇") + RawWorkbooks.number("B3", 1327) + RawWorkbooks.number("C3", 8)
                + "</row></sheetData><mergeCells><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B1:C1\"/></mergeCells>"));
        ImportedTable table = WorkbookReader.read(xlsx).get(0);
        assertEquals(List.of(List.of(new ImportedTable.SpanCell("乡镇", 2, 1), new ImportedTable.SpanCell("办理情况", 1, 2)),
                List.of("已办结", "办理中")), table.head());
        assertEquals(List.of(List.of("城关镇", new BigDecimal("1327"), new BigDecimal("8"))), table.body());
    }

    @Test
    void aRangePastTheColumnsATableHoldsIsRefusedNamingIt() {
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(merged("AC1:AF2")));
        assertEquals("sheet 'Sheet1' merges AC1:AF2, past column 30; a table holds at most 30 columns",
                refused.getMessage());
    }

    @Test
    void aRangePastTheRowsATableHoldsIsRefusedNamingIt() {
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(merged("A1999:B2001")));
        assertEquals("sheet 'Sheet1' merges A1999:B2001, past row 2000; a table holds at most 2000 rows",
                refused.getMessage());
    }

    @Test
    void twoRangesThatShareACellAreRefusedNamingBoth() {
        Failure refused = assertThrows(Failure.class, () -> WorkbookReader.read(merged("A1:B2", "B2:C3")));
        assertEquals("sheet 'Sheet1': the merged ranges A1:B2 and B2:C3 overlap; a cell belongs to one merged range "
                + "at most", refused.getMessage());
    }

    private static byte[] merged(String... refs) {
        return RawWorkbooks.of("Sheet1", out -> {
            out.write("<sheetData><row r=\"1\">" + RawWorkbooks.text("A1", "地区") + "</row></sheetData><mergeCells>");
            for (String ref : refs) {
                out.write("<mergeCell ref=\"" + ref + "\"/>");
            }
            out.write("</mergeCells>");
        });
    }

    static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
