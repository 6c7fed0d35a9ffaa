package press.imports;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.common.UnicodeString;

/**
 * A binary workbook's shared strings (its SST record and the CONTINUE records after it), read
 * one string at a time and each counted as it is read, as {@link StringTable} counts an .xlsx's:
 * no string longer than a cell can hold, no more strings than cells, no more text than
 * {@link WorkbookReader#MAX_TEXT}. POI's own {@code SSTRecord} would parse the whole table first
 * — every string of the upload as an object of some 100 bytes, and as many empty ones as the
 * record's count claims when its data runs out — before anything could count it.
 */
final class XlsStrings {

    private XlsStrings() {
    }

    /** The strings in order, as a LABELSST record indexes them; {@code in} is at the start of the SST record. */
    static List<String> read(RecordInputStream in, ReadBudget budget) {
        in.readInt(); // how many cells show a shared string: not needed
        long unique = in.readInt() & 0xFFFF_FFFFL;
        List<String> strings = new ArrayList<>();
        while (strings.size() < unique && more(in)) {
            UnicodeString string = new UnicodeString(in);
            if (string.getCharCount() > WorkbookReader.MAX_CELL_TEXT) {
                throw StringTable.tooLong("shared string " + (strings.size() + 1));
            }
            budget.sharedString(string.getCharCount());
            strings.add(string.getString());
        }
        return strings;
    }

    /** Whether the table goes on: in this record, or in a CONTINUE record after it. */
    private static boolean more(RecordInputStream in) {
        return in.remaining() > 0 || in.hasNextRecord() && in.getNextSid() == ContinueRecord.sid;
    }
}
