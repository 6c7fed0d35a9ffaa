package press.fonts.opentype;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The bytes of a font file, big-endian, read where they are needed. A bundled file is mapped,
 * not read: a CJK font is megabytes of outlines of which a bulletin draws a few hundred, and
 * copying all of them onto the heap was most of a cold start. Only absolute reads are made, so
 * threads share one instance. A mapped file must not be rewritten in place while a process runs
 * (a truncated mapping faults): deployments replace font files by renaming new ones over them.
 */
final class FontData {

    private final ByteBuffer bytes;

    private FontData(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    static FontData of(byte[] file) {
        return new FontData(ByteBuffer.wrap(file));
    }

    /** The file mapped read-only; the mapping outlives the channel, which is closed at once. */
    static FontData map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return new FontData(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
        }
    }

    int size() {
        return bytes.limit();
    }

    int u8(int at) {
        return bytes.get(at) & 0xff;
    }

    int u16(int at) {
        return bytes.getShort(at) & 0xffff;
    }

    int s16(int at) {
        return bytes.getShort(at);
    }

    long u32(int at) {
        return bytes.getInt(at) & 0xffffffffL;
    }

    /** An offset of {@code size} bytes (1 to 4), as CFF writes them. */
    int offset(int at, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | u8(at + i);
        }
        return value;
    }

    /** A copy of bytes {@code from} (inclusive) to {@code to} (exclusive). */
    byte[] copy(int from, int to) {
        byte[] copy = new byte[to - from];
        bytes.get(from, copy);
        return copy;
    }

    /** Reads {@code length} bytes at {@code from} into the start of {@code into}. */
    void read(int from, byte[] into, int length) {
        bytes.get(from, into, 0, length);
    }

    /** The {@code length} bytes at {@code from}, as data of their own (offsets count from {@code from}). */
    FontData slice(int from, int length) {
        return new FontData(bytes.slice(from, length));
    }
}
