package press.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import press.fonts.opentype.FontProgram;
import press.fonts.opentype.Subset;
import press.fonts.opentype.SubsetGlyphs;
import press.fonts.opentype.SubsetPlan;
import press.testing.Fixtures;

/**
 * Half-width forms of full-width marks, in the program a PDF embeds as an independent parser
 * (Apache FontBox) reads it: a left half draws the whole glyph, a right half the whole glyph moved
 * left by half its advance, both at half the advance and both said to draw their character.
 */
class FontSubsetTest {

    private static final FontLibrary FONTS = FontLibrary.load(Fixtures.root().resolve("fonts"));
    private static final FontSource FANG = new FontSource("FandolFang-Regular.otf", 0);
    private static final FontSource SONG = new FontSource("NotoSerifSC-Regular.ttf", 0);
    private static final int[] TEXT = "，。《".codePoints().toArray();
    private static final int[] CLOSING = "，。".codePoints().toArray();
    private static final int[] OPENING = "《".codePoints().toArray();

    @Test
    void halfFormsAdvanceByHalfTheFullGlyphAndSayWhichCharacterTheyDraw() {
        for (FontSource source : List.of(FANG, SONG)) {
            Subset subset = FONTS.plan(source, TEXT, CLOSING, OPENING).cut();
            FontProgram program = subset.program();
            for (int c : TEXT) {
                boolean closing = c != '《';
                int full = subset.glyph(c);
                int half = closing ? subset.leftHalf(c) : subset.rightHalf(c);
                String what = source.file() + " " + Character.toString(c);
                assertTrue(full > 0 && half > full, what);
                assertEquals(0, closing ? subset.rightHalf(c) : subset.leftHalf(c), what + ": the half not asked for");
                assertEquals(program.widths()[full] / 2, program.widths()[half], what);
                assertEquals(500, program.widths()[half], what);
                assertEquals(c, program.unicodes()[half], what);
                assertEquals(c, program.unicodes()[full], what);
            }
        }
    }

    @Test
    void aLeftHalfDrawsTheFullOutlineAndARightHalfTheFullOneMovedLeftByHalfTheAdvance() throws IOException {
        for (FontSource source : List.of(FANG, SONG)) {
            Subset subset = FONTS.plan(source, TEXT, CLOSING, OPENING).cut();
            Embedded font = Embedded.of(subset.program());
            for (int c : TEXT) {
                boolean closing = c != '《';
                int full = subset.glyph(c);
                int half = closing ? subset.leftHalf(c) : subset.rightHalf(c);
                // moved left by the rest of the em, so its right edge lands on the half advance
                int shift = closing ? 0 : font.advance(half) - font.advance(full);
                String what = source.file() + " " + Character.toString(c);
                assertEquals(font.advance(full) / 2, font.advance(half), what);
                assertEquals(segments(font.outline(full), shift), segments(font.outline(half), 0), what);
            }
        }
    }

    @Test
    void aRightHalfOfAnOpeningMarkLiesInsideItsHalfAdvance() throws IOException {
        String opening = "（《「『“‘【〔〖";
        for (FontSource source : List.of(FANG, SONG)) {
            Subset subset = FONTS.plan(source, new int[0], new int[0], opening.codePoints().toArray()).cut();
            Embedded font = Embedded.of(subset.program());
            for (int c : opening.codePoints().toArray()) {
                int half = subset.rightHalf(c);
                String what = source.file() + " " + Character.toString(c);
                assertTrue(half > 0, what);
                assertEquals(0, subset.glyph(c), what + " was asked for only as a half");
                var box = font.outline(half).getBounds2D();
                assertTrue(box.getMinX() >= 0 && box.getMaxX() <= font.advance(half), what + " " + box);
            }
        }
    }

    @Test
    void halfFormsComeAfterEveryOtherGlyphSoTheOthersKeepTheirNumbers() {
        for (FontSource source : List.of(FANG, SONG)) {
            Subset plain = FONTS.plan(source, TEXT, new int[0], new int[0]).cut();
            Subset halves = FONTS.plan(source, TEXT, CLOSING, OPENING).cut();
            for (int c : TEXT) {
                assertEquals(plain.glyph(c), halves.glyph(c), source.file());
            }
            assertEquals(plain.program().widths().length + 3, halves.program().widths().length, source.file());
        }
    }

    @Test
    void aShapedFaceHasNoPlanOfItsOwnForAWriterEmbedsItsWholeFile() {
        FontSource tibetan = FONTS.face("tibetan").source();
        assertThrows(IllegalArgumentException.class,
                () -> FONTS.plan(tibetan, "ཀ".codePoints().toArray(), new int[0], new int[0]));
        assertTrue(FontProgram.read(FONTS.subset(tibetan, new int[0])).widths().length > 100);
    }

    @Test
    void theGlyphsAPlanNumbersDrawTheirCharactersInTheProgramCutLater() {
        for (FontSource source : List.of(FANG, SONG)) {
            SubsetPlan plan = FONTS.plan(source, TEXT, CLOSING, OPENING);
            SubsetGlyphs glyphs = plan.glyphs();
            FontProgram program = plan.cut().program();
            for (int c : TEXT) {
                int half = c == '《' ? glyphs.rightHalf(c) : glyphs.leftHalf(c);
                assertTrue(glyphs.glyph(c) > 0 && half > 0, source.file());
                assertEquals(c, program.unicodes()[glyphs.glyph(c)], source.file());
                assertEquals(c, program.unicodes()[half], source.file());
            }
        }
    }

    @Test
    void aSubsetListsItsCharactersInOrderWithAGlyphAndTwoHalvesEach() {
        FontProgram program = FONTS.plan(FANG, TEXT, CLOSING, OPENING).cut().program();
        assertThrows(IllegalArgumentException.class, () -> new SubsetGlyphs(new int[] {'，', '。'},
                new int[] {1, 2}, new int[2], new int[2]));
        assertThrows(IllegalArgumentException.class, () -> new SubsetGlyphs(new int[] {'，'},
                new int[] {1}, new int[0], new int[1]));
        assertThrows(IllegalArgumentException.class, () -> new Subset(program, new SubsetGlyphs(new int[] {'，'},
                new int[] {999}, new int[1], new int[1])));
    }

    /**
     * A program as FontBox reads it: a bare CFF table or an outlines-only TrueType file. Its
     * advances are the program's widths, in thousandths of an em, which is both fonts' unit.
     */
    private record Embedded(FontProgram program, CFFFont cff, TrueTypeFont trueType) {

        static Embedded of(FontProgram program) throws IOException {
            RandomAccessReadBuffer bytes = new RandomAccessReadBuffer(program.program());
            return program.cff() ? new Embedded(program, new CFFParser().parse(bytes).get(0), null)
                    : new Embedded(program, null, new TTFParser(true).parse(bytes));
        }

        int advance(int glyph) {
            return program.widths()[glyph];
        }

        Shape outline(int glyph) throws IOException {
            return cff != null ? cff.getType2CharString(glyph).getPath()
                    : trueType.getGlyph().getGlyph(glyph).getPath();
        }
    }

    /** The outline's segments, moved by {@code dx}, coordinates to a hundredth of a unit. */
    private static List<String> segments(Shape outline, double dx) {
        List<String> segments = new ArrayList<>();
        double[] points = new double[6];
        for (PathIterator it = outline.getPathIterator(AffineTransform.getTranslateInstance(dx, 0)); !it.isDone();
             it.next()) {
            int type = it.currentSegment(points);
            StringBuilder segment = new StringBuilder().append(type);
            for (int i = 0; i < 6; i++) {
                segment.append(String.format(" %.2f", points[i] + 0.0));
            }
            segments.add(segment.toString());
        }
        assertTrue(segments.size() > 2, "an outline");
        return segments;
    }
}
