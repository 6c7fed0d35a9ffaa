package press.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as Chinese Excel and everything else write it: GB18030 or UTF-8 with its mark, quoted fields, numbers with separators. */
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
    void aQuotedFieldMayHoldQuotesCommasAndLineBreaks() {
        assertEquals(List.of(List.of("a \"b\", c\nd", "e")), CsvReader.records("\"a \"\"b\"\", c\nd\",e"));
    }
}
