package press.fonts.opentype;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import press.testing.Fixtures;

/**
 * A subset's program, made from the subset's tables without writing its file, is part for part
 * what {@link FontProgram#read} reads from that file: the same bytes, widths, characters, name
 * and metrics, the half forms said to draw their characters, and the charstrings where the
 * file's CFF table has them.
 */
class SubsetCutTest {

    /**
     * Two characters of one glyph (a Kangxi radical and its ideograph), rare ones the fallback
     * has (some beyond the Basic Multilingual Plane), and one no font has.
     */
    private static final int[] TEXT = "全州政务服务工作概况，。“”（）《》0123456789— Ab⼀一䄍侶匢堌𠀡𠀾𠂆\uD83D\uDE00"
            .codePoints().toArray();
    private static final int[] CLOSING = "，。）》”".codePoints().toArray();
    private static final int[] OPENING = "（《“".codePoints().toArray();
    private static final int[] NONE = new int[0];

    private static byte[] file(String name) throws IOException {
        return Files.readAllBytes(Fixtures.root().resolve("fonts").resolve(name));
    }

    @Test
    void aCffProgramIsWhatItsFileSaysWithAndWithoutHalfForms() throws IOException {
        for (String name : List.of("FandolFang-Regular.otf", "FandolSong-Bold.otf")) {
            byte[] full = file(name);
            OpenTypeFont font = OpenTypeFont.parse(full, 0);
            List<byte[]> sourceCharStrings = new OTFParser().parse(new RandomAccessReadBuffer(full)).getCFF().getFont()
                    .getCharStringBytes();
            assertSameAsItsFile(font, NONE, NONE, sourceCharStrings, name);
            assertSameAsItsFile(font, CLOSING, OPENING, sourceCharStrings, name + " with half forms");
        }
    }

    @Test
    void aTrueTypeProgramIsWhatItsFileSaysWithAndWithoutHalfForms() throws IOException {
        for (String name : List.of("NotoSerifSC-Regular.ttf", "UKaiCN-Rare.ttf")) {
            OpenTypeFont font = OpenTypeFont.parse(file(name), 0);
            assertSameAsItsFile(font, NONE, NONE, null, name);
            assertSameAsItsFile(font, CLOSING, OPENING, null, name + " with half forms");
        }
    }

    @Test
    void theOneArgumentSubsetIsTheFileWithNoHalfForms() throws IOException {
        for (String name : List.of("FandolFang-Regular.otf", "NotoSerifSC-Regular.ttf", "UKaiCN-Rare.ttf")) {
            OpenTypeFont font = OpenTypeFont.parse(file(name), 0);
            assertArrayEquals(font.subset(TEXT), font.file(TEXT, NONE, NONE), name);
        }
    }

    private static void assertSameAsItsFile(OpenTypeFont font, int[] left, int[] right, List<byte[]> sourceCharStrings,
                                            String what) throws IOException {
        Subset subset = font.subset(TEXT, left, right);
        byte[] file = font.file(TEXT, left, right);
        FontProgram made = subset.program();
        FontProgram read = FontProgram.read(file);
        assertEquals(read.cff(), made.cff(), what);
        assertArrayEquals(read.program(), made.program(), what);
        assertArrayEquals(read.widths(), made.widths(), what);
        assertEquals(read.postScriptName(), made.postScriptName(), what);
        assertArrayEquals(read.box(), made.box(), what);
        assertEquals(read.ascent(), made.ascent(), what);
        assertEquals(read.descent(), made.descent(), what);
        assertEquals(read.capHeight(), made.capHeight(), what);
        assertEquals(read.italicAngle(), made.italicAngle(), what);
        assertEquals(read.flags(), made.flags(), what);

        // no character map reaches a half form: the subset says which character each draws
        int[] unicodes = read.unicodes();
        int[] codePoints = subset.glyphs().codePoints();
        int halves = 0;
        for (int row = 0; row < codePoints.length; row++) {
            for (int half : new int[] {subset.glyphs().leftHalves()[row], subset.glyphs().rightHalves()[row]}) {
                if (half != 0) {
                    assertEquals(-1, unicodes[half], what);
                    unicodes[half] = codePoints[row];
                    halves++;
                }
            }
        }
        assertEquals(IntStream.concat(Arrays.stream(left), Arrays.stream(right)).filter(font::covers).count(), halves,
                what + ": every mark the font has has its half form");
        assertArrayEquals(unicodes, made.unicodes(), what);
        if (font.covers('⼀')) {
            int glyph = subset.glyphs().glyphs()[Arrays.binarySearch(codePoints, '一')];
            assertEquals('⼀', made.unicodes()[glyph], what + ": the lowest character of a glyph");
        }

        CharStringPlaces places = made.charStrings();
        if (!made.cff()) {
            assertEquals(0, places.count(), what);
            return;
        }
        List<byte[]> charStrings = new OTFParser().parse(new RandomAccessReadBuffer(file)).getCFF().getFont()
                .getCharStringBytes();
        byte[] program = made.program();
        assertEquals(charStrings.size(), places.count(), what);
        for (int glyph = 0; glyph < places.count(); glyph++) {
            byte[] placed = Arrays.copyOfRange(program, places.start(glyph), places.end(glyph));
            assertArrayEquals(charStrings.get(glyph), placed, what + ": glyph " + glyph + " lies where it is said to");
            boolean half = glyph >= charStrings.size() - halves;
            assertEquals(half, places.source(glyph) < 0, what + ": glyph " + glyph + " is a half form");
            if (!half) {
                assertArrayEquals(sourceCharStrings.get(places.source(glyph)), placed, what + ": glyph " + glyph);
            }
        }
        assertTrue(places.start(0) > 0, what);
    }
}
