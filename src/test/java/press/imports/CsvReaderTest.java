package press.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV as Chinese Excel and everything else write it: GB18030 or UTF-8 with its mark, quoted
 * fields, numbers with separators; a run of digits longer than a figure is text, read in linear time.
 */
class CsvReaderTest {

    private static final String CSV = "乡镇,受理,办结\r\n城关镇,\"1,335\",1327\r\n\"白水乡，东片\",186,180\r\n合计,1521,1507\r\n";

    @Test
    void gb18030AsChineseExcelSavesItReadsLikeUtf8() {
        ImportedTable gbk = CsvReader.read("表", CSV.getBytes(Charset.forName("GB18030")));
        byte[] marked = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
        assertEquals(gbk, CsvReader.read("表", marked));
        assertEquals(List.of(List.of("乡镇", "受理", "办结")), gbk.head());
        assertEquals(List.of("城关镇", new BigDecimal("1335"), new BigDecimal("1327")), gbk.body().get(0));
        assertEquals("白水乡，东片", gbk.body().get(1).get(0));
        assertEquals(List.of("text", "number", "number"), gbk.columns());
        assertEquals(List.of(List.of("合计", new BigDecimal("1521"), new BigDecimal("1507"))), gbk.foot());
    }

    @Test
    void thirtyDigitsAreStillANumberAndThirtyOneAreText() {
        String thirty = "123456789012345678901234567890";
        ImportedTable table = CsvReader.read("表", ("编号,数\n甲," + thirty + "\n乙,1" + thirty + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("甲", new BigDecimal(thirty)), List.of("乙", "1" + thirty)), table.body());
        assertEquals(List.of("text", "text"), table.columns());
        assertEquals(new BigDecimal("-1234567.5"), CsvReader.read("表", "数\n\"-1,234,567.5\"\n".getBytes(StandardCharsets.UTF_8))
                .body().get(0).get(0));
    }

    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {1 << 20, 2 << 20})
    void aRunOfAMillionDigitsIsTextAndIsNeverConvertedToANumber(int digits) {
        StringBuilder run = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            run.append((char) ('1' + i % 9));
        }
        byte[] csv = ("乡镇,受理\n城关镇," + run + "\n").getBytes(StandardCharsets.UTF_8);
        // a hang guard: BigDecimal took 30 s (1 MiB) and 86 s (2 MiB) on this run of digits
        ImportedTable table = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CsvReader.read("表", csv));
        assertEquals(run.toString(), table.body().get(0).get(1));
        assertEquals(List.of("text", "text"), table.columns());
    }

    @Test
    void aQuotedFieldMayHoldQuotesCommasAndLineBreaks() {
        assertEquals(List.of(List.of("a \"b\", c\nd", "e")), CsvReader.records("\"a \"\"b\"\", c\nd\",e"));
    }
}
