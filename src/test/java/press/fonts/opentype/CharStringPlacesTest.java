package press.fonts.opentype;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import press.testing.Fixtures;

/**
 * A CFF subset says where each of its charstrings lies in its program and which source glyph's
 * it copies unchanged, as an independent parser (Apache FontBox) reads the program and the font.
 */
class CharStringPlacesTest {

    private static final String TEXT = "全州政务服务工作概况，。“”（）《》0123456789—";
    private static final int[] CLOSING = "，。）》”".codePoints().toArray();
    private static final int[] OPENING = "（《“".codePoints().toArray();

    private static byte[] file(String name) throws IOException {
        return Files.readAllBytes(Fixtures.root().resolve("fonts").resolve(name));
    }

    @Test
    void eachCharStringLiesWhereTheSubsetSaysAndCopiesItsSourceGlyphUnlessItIsAHalfForm() throws IOException {
        byte[] full = file("FandolFang-Regular.otf");
        Subset subset = OpenTypeFont.parse(full, 0).subset(TEXT.codePoints().toArray(), CLOSING, OPENING);
        FontProgram program = subset.program();
        CharStringPlaces places = program.charStrings();
        List<byte[]> sourceCharStrings = new OTFParser().parse(new RandomAccessReadBuffer(full)).getCFF().getFont()
                .getCharStringBytes();
        byte[] bytes = program.program();
        List<byte[]> subsetCharStrings = new CFFParser().parse(new RandomAccessReadBuffer(bytes)).get(0)
                .getCharStringBytes();
        assertEquals(subsetCharStrings.size(), places.count());
        int halves = 0;
        for (int glyph = 0; glyph < places.count(); glyph++) {
            byte[] placed = Arrays.copyOfRange(bytes, places.start(glyph), places.end(glyph));
            assertArrayEquals(subsetCharStrings.get(glyph), placed, "glyph " + glyph + " lies where it is said to");
            if (places.source(glyph) >= 0) {
                assertArrayEquals(sourceCharStrings.get(places.source(glyph)), placed, "glyph " + glyph + " is its source's");
            } else {
                halves++;
            }
        }
        assertEquals(CLOSING.length + OPENING.length, halves, "the half forms, and only they, are rewritten");
        for (int c : CLOSING) {
            assertEquals(-1, places.source(subset.glyphs().leftHalves()[Arrays.binarySearch(subset.glyphs().codePoints(), c)]));
        }
    }

    @Test
    void aTrueTypeSubsetAndAFileReadBackPlaceNoCharStrings() throws IOException {
        byte[] noto = file("NotoSerifSC-Regular.ttf");
        assertEquals(0, OpenTypeFont.parse(noto, 0).subset(TEXT.codePoints().toArray(), CLOSING, OPENING).program()
                .charStrings().count());
        byte[] fang = OpenTypeFont.parse(file("FandolFang-Regular.otf"), 0).subset(TEXT.codePoints().toArray());
        assertEquals(0, FontProgram.read(fang).charStrings().count());
    }

    /** A CJK font's megabytes of charstrings are counted by a sixteenth of their blocks, which ranks the bytes as all do. */
    @Test
    void theCharStringByteCountsOfALargeFontSampleItsCharStringsEvenly() throws IOException {
        byte[] full = file("FandolFang-Regular.otf");
        OpenTypeFont font = OpenTypeFont.parse(full, 0);
        long[] expected = new long[256];
        List<byte[]> charStrings = new OTFParser().parse(new RandomAccessReadBuffer(full)).getCFF().getFont()
                .getCharStringBytes();
        charStrings.forEach(charString -> {
            for (byte b : charString) {
                expected[b & 0xff]++;
            }
        });
        assertEquals(charStrings.size(), font.glyphCount());
        long[] counted = font.charStringByteCounts();
        long all = java.util.Arrays.stream(expected).sum();
        long sampled = java.util.Arrays.stream(counted).sum();
        assertTrue(sampled > all / 16 * 0.95 && sampled < all / 16 * 1.05, sampled + " of " + all);
        java.util.Set<Integer> common = commonest(expected);
        common.retainAll(commonest(counted));
        assertTrue(common.size() >= 17, "the twenty commonest bytes are mostly the same: " + common.size());
        assertThrows(IllegalStateException.class, () -> OpenTypeFont.parse(file("NotoSerifSC-Regular.ttf"), 0)
                .charStringByteCounts());
    }

    @Test
    void placesThatGoBackwardsOrMissAGlyphAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CharStringPlaces(new int[] {10, 5, 20}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new CharStringPlaces(new int[] {10, 20}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new CharStringPlaces(new int[] {10, 20}, new int[] {-2}));
        assertTrue(new CharStringPlaces(new int[] {10, 20, 20}, new int[] {3, -1}).count() == 2);
    }

    private static java.util.Set<Integer> commonest(long[] counts) {
        return java.util.stream.IntStream.range(0, 256).boxed().sorted((a, b) -> Long.compare(counts[b], counts[a]))
                .limit(20).collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
}
