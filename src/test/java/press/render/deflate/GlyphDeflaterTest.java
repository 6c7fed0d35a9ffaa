package press.render.deflate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import org.junit.jupiter.api.Test;
import press.fonts.FontLibrary;
import press.fonts.FontSource;
import press.fonts.opentype.CharStringPlaces;
import press.fonts.opentype.FontProgram;
import press.testing.Fixtures;

/**
 * A CFF program's stream, assembled from glyphs coded once: it inflates (with the JDK's zlib)
 * to exactly the program, whatever was coded before it, and the same program always gives the
 * same bytes.
 */
class GlyphDeflaterTest {

    private static final FontLibrary FONTS = FontLibrary.load(Fixtures.root().resolve("fonts"));
    private static final FontSource FANG = new FontSource("FandolFang-Regular.otf", 0);
    private static final String NOTICE = "全州政务服务工作概况，。“”（）《》、0123456789—各级政务服务中心共受理办件";
    private static final String REPORT = "本月全州各级政务服务中心共办结事项，群众满意率为百分之九十九。（二）";
    private static final int[] CLOSING = "，。）》、".codePoints().toArray();
    private static final int[] OPENING = "（《“".codePoints().toArray();

    private static GlyphDeflater fresh() {
        return new GlyphDeflater(FONTS.charStringByteCounts(FANG), FONTS.glyphCount(FANG));
    }

    private static FontProgram program(String text, boolean halves) {
        return FONTS.plan(FANG, text.codePoints().toArray(), halves ? CLOSING : new int[0],
                halves ? OPENING : new int[0]).cut().program();
    }

    @Test
    void aSubsetOfFangInflatesToExactlyItsProgram() throws DataFormatException {
        FontProgram program = program(NOTICE, false);
        CharStringPlaces places = program.charStrings();
        assertEquals(program.widths().length, places.count());
        assertTrue(Arrays.stream(places.sources()).allMatch(source -> source >= 0), "every charstring the source's");
        assertArrayEquals(program.program(), Inflation.inflate(fresh().deflate(program)));
    }

    @Test
    void aSubsetWithHalfFormsInflatesToExactlyItsProgram() throws DataFormatException {
        FontProgram program = program(NOTICE, true);
        long rewritten = Arrays.stream(program.charStrings().sources()).filter(source -> source < 0).count();
        assertEquals(CLOSING.length + OPENING.length, rewritten, "each half form's charstring is its own");
        assertArrayEquals(program.program(), Inflation.inflate(fresh().deflate(program)));
    }

    @Test
    void documentsSharingGlyphsEachGetTheirOwnProgram() throws DataFormatException {
        GlyphDeflater shared = fresh();
        FontProgram notice = program(NOTICE, true);
        FontProgram report = program(REPORT, false);
        FontProgram both = program(NOTICE + REPORT, true);
        for (FontProgram program : new FontProgram[] {notice, report, both, notice, report}) {
            assertArrayEquals(program.program(), Inflation.inflate(shared.deflate(program)));
        }
    }

    @Test
    void theSameProgramGivesTheSameBytesWhateverWasCodedBefore() {
        GlyphDeflater used = fresh();
        used.deflate(program(REPORT, true));
        used.deflate(program(NOTICE + REPORT, false));
        FontProgram notice = program(NOTICE, true);
        byte[] first = fresh().deflate(notice);
        assertArrayEquals(first, used.deflate(notice));
        assertArrayEquals(first, used.deflate(notice));
    }

    @Test
    void aProgramWhosePlacesAreUnknownIsCodedByteByByteToTheSameBytes() throws DataFormatException {
        FontProgram placed = program(NOTICE, true);
        FontProgram unplaced = new FontProgram(placed.cff(), placed.program(), placed.postScriptName(), placed.box(),
                placed.ascent(), placed.descent(), placed.capHeight(), placed.italicAngle(), placed.flags(),
                placed.widths(), placed.unicodes());
        assertEquals(0, unplaced.charStrings().count());
        GlyphDeflater deflater = fresh();
        byte[] assembled = deflater.deflate(placed);
        assertArrayEquals(assembled, deflater.deflate(unplaced));
        assertArrayEquals(placed.program(), Inflation.inflate(assembled));
    }

    @Test
    void theCodeGivesEveryByteAndTheEndACompleteCodeOfAtMostFifteenBits() {
        HuffmanCode code = fresh().code();
        assertEquals(257, code.size());
        long kraft = 0;
        for (int symbol = 0; symbol < code.size(); symbol++) {
            int length = code.length(symbol);
            assertTrue(length >= 1 && length <= GlyphDeflater.MAX_BITS, "symbol " + symbol + ": " + length + " bits");
            kraft += 1L << (GlyphDeflater.MAX_BITS - length);
        }
        assertEquals(1L << GlyphDeflater.MAX_BITS, kraft, "complete: no code is left unused");
        for (int a = 0; a < code.size(); a++) {
            for (int b = 0; b < code.size(); b++) {
                int shorter = Math.min(code.length(a), code.length(b));
                int mask = (1 << shorter) - 1;
                assertTrue(a == b || (code.code(a) & mask) != (code.code(b) & mask),
                        "symbol " + a + "'s code and " + b + "'s: neither begins the other");
            }
        }
    }

    @Test
    void threadsSharingADeflaterEachGetTheBytesOfAFreshOne() throws Exception {
        String[] texts = {NOTICE, REPORT, NOTICE + REPORT, REPORT + "。", "（" + NOTICE + "）"};
        FontProgram[] programs = new FontProgram[texts.length];
        byte[][] expected = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            programs[i] = program(texts[i], i % 2 == 0);
            expected[i] = fresh().deflate(programs[i]);
        }
        GlyphDeflater shared = fresh();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var results = new java.util.ArrayList<java.util.concurrent.Future<byte[]>>();
            for (int round = 0; round < 40; round++) {
                FontProgram program = programs[round % programs.length];
                results.add(threads.submit(() -> shared.deflate(program)));
            }
            for (int round = 0; round < results.size(); round++) {
                assertArrayEquals(expected[round % programs.length], results.get(round).get(), "render " + round);
            }
        }
    }

    @Test
    void theLibrarysDeflaterOfASourceIsMadeOnceAndIsTheFreshOnesCode() {
        GlyphDeflater deflater = GlyphDeflaters.of(FONTS, FANG);
        assertSame(deflater, GlyphDeflaters.of(FONTS, FANG));
        FontLibrary other = FontLibrary.load(Fixtures.root().resolve("fonts"));
        assertNotSame(deflater, GlyphDeflaters.of(other, FANG), "another library's files may differ under one name");
        assertArrayEquals(fresh().code().lengths(), deflater.code().lengths());
        FontSource hei = new FontSource("FandolHei-Regular.otf", 0);
        assertNotEquals(Arrays.toString(deflater.code().lengths()),
                Arrays.toString(GlyphDeflaters.of(FONTS, hei).code().lengths()), "each source its own code");
    }

    @Test
    void aProgramPlacingAGlyphOfAnotherLengthIsRefused() {
        GlyphDeflater deflater = fresh();
        FontProgram notice = program(NOTICE, false);
        deflater.deflate(notice);
        int[] starts = notice.charStrings().starts();
        int[] sources = notice.charStrings().sources();
        // glyph 2 said to be glyph 1's source glyph, whose charstring is of another length
        sources[2] = sources[1];
        FontProgram wrong = new FontProgram(true, notice.program(), notice.postScriptName(), notice.box(),
                notice.ascent(), notice.descent(), notice.capHeight(), notice.italicAngle(), notice.flags(),
                notice.widths(), notice.unicodes(), new CharStringPlaces(starts, sources));
        assertTrue(notice.charStrings().end(1) - notice.charStrings().start(1)
                != notice.charStrings().end(2) - notice.charStrings().start(2));
        assertThrows(IllegalStateException.class, () -> deflater.deflate(wrong));
    }
}
