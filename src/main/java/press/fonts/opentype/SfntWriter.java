package press.fonts.opentype;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Assembles tables into an OpenType file: directory, checksums, 4-byte alignment, head's checksum adjustment. */
final class SfntWriter {

    private SfntWriter() {
    }

    /** {@code tables} sorted by tag; 'head' must be among them with its adjustment zeroed. */
    static byte[] write(boolean cff, Map<String, byte[]> tables) {
        int count = tables.size();
        int searchRange = 16 * Integer.highestOneBit(count);
        Bytes.Out out = new Bytes.Out();
        out.u32(cff ? 0x4F54544FL : 0x00010000L).u16(count).u16(searchRange)
                .u16(Integer.numberOfTrailingZeros(searchRange / 16)).u16(16 * count - searchRange);
        int offset = 12 + 16 * count;
        int headAt = 0;
        for (var table : tables.entrySet()) {
            byte[] bytes = table.getValue();
            out.bytes(table.getKey().getBytes(StandardCharsets.ISO_8859_1)).u32(checksum(bytes)).u32(offset).u32(bytes.length);
            if (table.getKey().equals("head")) {
                headAt = offset;
            }
            offset += (bytes.length + 3) & ~3;
        }
        for (byte[] bytes : tables.values()) {
            out.bytes(bytes).pad4();
        }
        byte[] file = out.toByteArray();
        long adjustment = (0xB1B0AFBAL - checksum(file)) & 0xffffffffL;
        for (int i = 0; i < 4; i++) {
            file[headAt + 8 + i] = (byte) (adjustment >>> (24 - 8 * i));
        }
        return file;
    }

    /** Where {@link #write} puts table {@code tag} of {@code tables} (sorted by tag) in the file. */
    static int offset(Map<String, byte[]> tables, String tag) {
        int offset = 12 + 16 * tables.size();
        for (var table : tables.entrySet()) {
            if (table.getKey().equals(tag)) {
                return offset;
            }
            offset += (table.getValue().length + 3) & ~3;
        }
        throw new IllegalArgumentException("no table " + tag);
    }

    /** The sum of the big-endian 32-bit words, the last one padded with zeros; whole words are read four bytes at once. */
    private static long checksum(byte[] bytes) {
        ByteBuffer words = ByteBuffer.wrap(bytes);
        int whole = bytes.length & ~3;
        long sum = 0;
        for (int i = 0; i < whole; i += 4) {
            sum += words.getInt(i) & 0xffffffffL;
        }
        long last = 0;
        for (int i = whole; i < whole + 4; i++) {
            last = (last << 8) | (i < bytes.length ? bytes[i] & 0xff : 0);
        }
        return (sum + (whole < bytes.length ? last : 0)) & 0xffffffffL;
    }
}
