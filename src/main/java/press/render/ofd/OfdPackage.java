package press.render.ofd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The OFD package, a ZIP file written here rather than by ZipOutputStream, which cannot take
 * an entry already deflated: entries in the order they were added, every one dated the
 * document's date (a DOS time, no time zone, no extra fields), so the same document gives the
 * same bytes. A CFF font comes deflated by its source's glyph coder (each glyph coded once per
 * process); other fonts are Huffman-coded only (outlines hold few repeats); XML is deflated at
 * the fastest level (a quarter of the default level's time for a sixth more bytes); pictures,
 * already compressed PNG or JPEG, are stored. The file is laid out in one array of its exact
 * size: a growing buffer would pass half a heap region on its way.
 */
final class OfdPackage {

    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int VERSION = 20;

    private record Entry(byte[] name, int method, byte[] data, int size, int crc) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final int time;
    private final int date;
    private final Deflater fast = new Deflater(Deflater.BEST_SPEED, true);

    OfdPackage(LocalDateTime when) {
        time = when.getHour() << 11 | when.getMinute() << 5 | when.getSecond() / 2;
        date = (when.getYear() - 1980) << 9 | when.getMonthValue() << 5 | when.getDayOfMonth();
    }

    /** Adds an entry, compressed as its kind is. */
    void add(String path, byte[] bytes) {
        if (path.endsWith(".png") || path.endsWith(".jpg")) {
            entry(path, STORED, bytes, bytes);
        } else {
            boolean font = path.endsWith(".otf") || path.endsWith(".ttf");
            fast.reset();
            fast.setStrategy(font ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
            entry(path, DEFLATED, bytes, deflate(bytes));
        }
    }

    /** Adds an entry whose deflated form is given: a zlib stream, whose two-byte header and Adler-32 are dropped. */
    void addDeflated(String path, byte[] bytes, byte[] zlib) {
        entry(path, DEFLATED, bytes, Arrays.copyOfRange(zlib, 2, zlib.length - 4));
    }

    private void entry(String path, int method, byte[] bytes, byte[] data) {
        if (!names.add(path)) {
            throw new IllegalStateException("two entries " + path);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entries.add(new Entry(path.getBytes(StandardCharsets.UTF_8), method, data, bytes.length, (int) crc.getValue()));
    }

    private byte[] deflate(byte[] bytes) {
        fast.setInput(bytes);
        fast.finish();
        byte[] out = new byte[bytes.length / 2 + 64];
        int length = 0;
        while (!fast.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += fast.deflate(out, length, out.length - length);
        }
        return Arrays.copyOf(out, length);
    }

    /** The ZIP file: each entry's local header and data, the central directory, its end. */
    byte[] zip() {
        fast.end();
        int size = 22;
        for (Entry entry : entries) {
            size += 30 + 46 + 2 * entry.name().length + entry.data().length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        int[] offsets = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            offsets[i] = out.position();
            out.putInt(0x04034b50);
            common(out, entry);
            out.put(entry.name()).put(entry.data());
        }
        int directory = out.position();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            out.putInt(0x02014b50).putShort((short) VERSION);
            common(out, entry);
            out.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offsets[i]).put(entry.name());
        }
        int end = out.position();
        out.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(end - directory).putInt(directory).putShort((short) 0);
        return out.array();
    }

    /** What the local header and the central directory both say of an entry, from the version needed to the extra field's length. */
    private void common(ByteBuffer out, Entry entry) {
        out.putShort((short) VERSION).putShort((short) 0).putShort((short) entry.method()).putShort((short) time)
                .putShort((short) date).putInt(entry.crc()).putInt(entry.data().length).putInt(entry.size())
                .putShort((short) entry.name().length).putShort((short) 0);
    }
}
