package press.render.deflate;

/**
 * A run of bytes Huffman-coded: the bits deflate writes for them, first bit in the lowest bit of
 * the first word, every bit past the last zero, and how many bytes they code. Kept for a glyph
 * and appended to every document's stream that embeds the glyph, so its words are never copied
 * and never written to.
 */
final class CodedBytes {

    final long[] words;
    final int bits;
    final int bytes;

    CodedBytes(long[] words, int bits, int bytes) {
        if (bits < 0 || (bits + 63) >>> 6 > words.length) {
            throw new IllegalArgumentException(bits + " bits do not fit " + words.length + " words");
        }
        this.words = words;
        this.bits = bits;
        this.bytes = bytes;
    }
}
