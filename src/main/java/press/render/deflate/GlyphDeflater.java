package press.render.deflate;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.Adler32;
import press.fonts.opentype.CharStringPlaces;
import press.fonts.opentype.FontProgram;

/**
 * The compressor of one font source's CFF programs, shared by every document and thread: one
 * fixed Huffman code made from the byte frequencies of all the source's charstrings, and each
 * glyph's charstring coded with it the first time a document embeds the glyph, then appended as
 * it is to every later document's stream. A program's stream is one deflate block of literals
 * in that code; what is not a source glyph's unchanged charstring (the CFF's header, indexes and
 * dicts, the half forms' rewritten outlines) is coded as the program is written.
 *
 * <p>The code depends on the font alone, never on the documents rendered before, so a document
 * gives the same bytes in any process. The Fandol charstrings barely compress beyond Huffman
 * coding, which is what zlib was asked for before, on every document and every glyph again.
 */
public final class GlyphDeflater {

    /** Deflate's limit on a literal's code length. */
    static final int MAX_BITS = 15;
    private static final int END_OF_BLOCK = 256;

    private final HuffmanCode code;
    private final CodedBytes header;
    private final AtomicReferenceArray<CodedBytes> glyphs;

    /**
     * @param byteCounts how often each byte value occurs in the source's charstrings; every value
     *                   is given a code, as a program holds other bytes too
     * @param glyphCount the number of glyphs in the source
     */
    GlyphDeflater(long[] byteCounts, int glyphCount) {
        if (byteCounts.length != 256) {
            throw new IllegalArgumentException("a count for each of the 256 byte values, not " + byteCounts.length);
        }
        long[] frequencies = new long[END_OF_BLOCK + 1];
        for (int value = 0; value < 256; value++) {
            frequencies[value] = Math.max(1, byteCounts[value]);
        }
        frequencies[END_OF_BLOCK] = 1;
        code = HuffmanCode.optimal(frequencies, MAX_BITS);
        BitWriter start = new BitWriter(1024);
        DeflateHeader.write(start, code);
        header = start.coded(0);
        glyphs = new AtomicReferenceArray<>(glyphCount);
    }

    /** The code of the literals 0–255 and the end of the block (256). */
    HuffmanCode code() {
        return code;
    }

    /** The program as a zlib stream: what a PDF's FlateDecode font stream holds. */
    public byte[] deflate(FontProgram font) {
        return deflate(font.programBuffer(), 0, font.charStrings());
    }

    /**
     * {@code bytes} as a zlib stream (a two-byte header, one deflate block, the Adler-32), where
     * a CFF program whose charstrings lie at {@code places} starts at {@code shift}: a whole
     * OpenType file holds its CFF table so, and its other tables are coded as they are written.
     * The deflate block alone, as a ZIP entry holds it, is bytes 2 to 4 from the end.
     */
    public byte[] deflate(ByteBuffer bytes, int shift, CharStringPlaces places) {
        // a CJK program averages under eight bits a byte in this code
        BitWriter out = new BitWriter(8 * bytes.limit() + header.bits);
        out.append(header);
        int at = 0;
        for (int glyph = 0; glyph < places.count(); glyph++) {
            int source = places.source(glyph);
            if (source >= 0) {
                int start = shift + places.start(glyph);
                int end = shift + places.end(glyph);
                write(bytes, at, start, out);
                out.append(glyph(source, bytes, start, end));
                at = end;
            }
        }
        write(bytes, at, bytes.limit(), out);
        code.write(out, END_OF_BLOCK);
        Adler32 adler = new Adler32();
        adler.update(bytes.duplicate().position(0));
        return out.toBytes((int) adler.getValue());
    }

    /** The source glyph's charstring, coded, which lies at {@code start}–{@code end} of this program. */
    private CodedBytes glyph(int source, ByteBuffer program, int start, int end) {
        if (source >= glyphs.length()) {
            throw new IllegalArgumentException("glyph " + source + " is not among the source's " + glyphs.length());
        }
        CodedBytes coded = glyphs.get(source);
        if (coded == null) {
            BitWriter bits = new BitWriter(8 * (end - start));
            write(program, start, end, bits);
            coded = bits.coded(end - start);
            // a thread coding the same glyph at the same time writes the same bits
            glyphs.set(source, coded);
        } else if (coded.bytes != end - start) {
            throw new IllegalStateException("glyph " + source + "'s charstring was " + coded.bytes + " bytes, here "
                    + (end - start) + ": the program's places are not its source's");
        }
        return coded;
    }

    /** Codes bytes {@code from} to {@code to} of the program, copied out at once: the coding loop runs over an array. */
    private void write(ByteBuffer program, int from, int to, BitWriter out) {
        if (from == to) {
            return; // between two unchanged charstrings, the usual case
        }
        byte[] bytes = new byte[to - from];
        program.get(from, bytes);
        code.write(out, bytes, 0, bytes.length);
    }
}
