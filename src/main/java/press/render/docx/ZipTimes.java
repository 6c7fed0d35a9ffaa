package press.render.docx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Sets every entry's modification time in a finished ZIP (the DOCX package) to one moment, in
 * place: the local and central headers' MS-DOS time and date fields. docx4j stamps each entry
 * with the clock, which would make the same document different bytes on every render.
 */
final class ZipTimes {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    /** MS-DOS dates start in 1980. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipTimes() {
    }

    static byte[] stamp(byte[] zip, Instant moment) {
        LocalDateTime at = LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
        if (at.isBefore(EARLIEST)) {
            at = EARLIEST;
        }
        int time = at.getHour() << 11 | at.getMinute() << 5 | at.getSecond() / 2;
        int date = (at.getYear() - 1980) << 9 | at.getMonthValue() << 5 | at.getDayOfMonth();
        int end = zip.length - 22;
        while (end >= 0 && int32(zip, end) != END) {
            end--;
        }
        if (end < 0) {
            throw new IllegalStateException("not a ZIP: no end of central directory");
        }
        int entries = int16(zip, end + 10);
        int header = (int) (int32(zip, end + 16) & 0xffffffffL);
        for (int entry = 0; entry < entries; entry++) {
            if (int32(zip, header) != CENTRAL) {
                throw new IllegalStateException("not a ZIP: broken central directory");
            }
            put16(zip, header + 12, time);
            put16(zip, header + 14, date);
            int local = (int) (int32(zip, header + 42) & 0xffffffffL);
            if (int32(zip, local) != LOCAL) {
                throw new IllegalStateException("not a ZIP: broken local header");
            }
            put16(zip, local + 10, time);
            put16(zip, local + 12, date);
            header += 46 + int16(zip, header + 28) + int16(zip, header + 30) + int16(zip, header + 32);
        }
        return zip;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int at) {
        return int16(b, at) | int16(b, at + 2) << 16;
    }

    private static void put16(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
    }
}
