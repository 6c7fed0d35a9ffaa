package press.render.deflate;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growing string of bits in deflate's order (RFC 1951: a byte's lowest bit first), held in
 * 64-bit words so that a coded glyph is appended at any bit offset a word at a time, not a bit at
 * a time. Every bit past the end is zero, which lets an append OR into the last word and assign
 * the ones after it.
 */
final class BitWriter {

    private long[] words;
    private int bits;

    /** A writer with room for about {@code capacity} bits before it grows. */
    BitWriter(int capacity) {
        words = new long[Math.max(2, (capacity >>> 6) + 2)];
    }

    /** The number of bits written. */
    int bits() {
        return bits;
    }

    /** Writes the lowest {@code count} bits of {@code value} (at most 32; no bit above them set), lowest first. */
    void write(int value, int count) {
        room(count);
        int index = bits >>> 6;
        int shift = bits & 63;
        long wide = value & 0xffffffffL;
        words[index] |= wide << shift;
        if (shift + count > 64) {
            words[index + 1] = wide >>> (64 - shift);
        }
        bits += count;
    }

    /**
     * Writes bytes {@code from} to {@code to} of {@code bytes}, each as the code {@code codes}
     * and {@code lengths} give its value (none longer than {@code longest}): gathered in a
     * 64-bit word that is stored when full, as this codes every glyph the first time it is seen.
     */
    void code(byte[] bytes, int from, int to, int[] codes, int[] lengths, int longest) {
        room((to - from) * longest);
        long[] words = this.words;
        int index = bits >>> 6;
        int used = bits & 63;
        long word = words[index];
        for (int at = from; at < to; at++) {
            int value = bytes[at] & 0xff;
            long code = codes[value] & 0xffffffffL;
            int length = lengths[value];
            word |= code << used;
            used += length;
            if (used >= 64) {
                words[index++] = word;
                used -= 64;
                // the code's bits that did not fit (none when it ended the word exactly)
                word = code >>> (length - used);
            }
        }
        words[index] = word;
        bits = (index << 6) + used;
    }

    /** Appends the bits of {@code coded}, a word at a time. */
    void append(CodedBytes coded) {
        int count = coded.bits;
        if (count == 0) {
            return;
        }
        room(count);
        long[] from = coded.words;
        long[] to = words;
        int length = (count + 63) >>> 6;
        int index = bits >>> 6;
        int shift = bits & 63;
        if (shift == 0) {
            System.arraycopy(from, 0, to, index, length);
        } else {
            int back = 64 - shift;
            to[index] |= from[0] << shift;
            for (int i = 1; i < length; i++) {
                to[index + i] = (from[i - 1] >>> back) | (from[i] << shift);
            }
            to[index + length] = from[length - 1] >>> back;
        }
        bits += count;
    }

    /** Skips to the next byte boundary (deflate's stored lengths and zlib's checksum start on one). */
    void alignToByte() {
        bits = (bits + 7) & ~7;
    }

    /** The bits written so far, said to code {@code bytes} bytes. */
    CodedBytes coded(int bytes) {
        return new CodedBytes(Arrays.copyOf(words, (bits + 63) >>> 6), bits, bytes);
    }

    /** The bits written, padded to a whole byte, then {@code trailer} as four big-endian bytes. */
    byte[] toBytes(int trailer) {
        alignToByte();
        int length = bits >>> 3;
        byte[] out = new byte[length + 4];
        int whole = length >>> 3;
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(words, 0, whole);
        for (int at = whole << 3; at < length; at++) {
            out[at] = (byte) (words[at >>> 3] >>> ((at & 7) << 3));
        }
        ByteBuffer.wrap(out, length, 4).putInt(trailer);
        return out;
    }

    /** Room for {@code more} bits and a word after them, which an append or a write may assign. */
    private void room(int more) {
        int needed = ((bits + more) >>> 6) + 2;
        if (needed > words.length) {
            words = Arrays.copyOf(words, Math.max(needed, words.length + (words.length >>> 1)));
        }
    }
}
