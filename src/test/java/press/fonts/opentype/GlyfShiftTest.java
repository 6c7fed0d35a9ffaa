package press.fonts.opentype;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A TrueType glyph moved sideways: a simple glyph's first point and its box, written anew; a
 * composite's component offsets, widened to words where a byte no longer holds them.
 */
class GlyfShiftTest {

    private static byte[] glyph(int... words) {
        Bytes.Out out = new Bytes.Out();
        for (int word : words) {
            out.u16(word);
        }
        return out.toByteArray();
    }

    @Test
    void aSimpleGlyphsFirstPointAndBoxMoveAndTheRestIsCopied() {
        // one contour of three points: instructions (1 byte), flags 0x37 repeated twice, x bytes, y bytes
        byte[] outline = {0, 1, 0, 10, 0, 0, 0, 30, 0, 20, 0, 2, 0, 1, (byte) 0xb0,
            0x3f, 2, 10, 10, 10, 0, 0, 20};
        // the first point's x (10) becomes -490, a word: its own flag, then the other two repeated
        byte[] moved = {0, 1, (byte) 0xfe, 0x16, 0, 0, (byte) 0xfe, 0x2a, 0, 20, 0, 2, 0, 1, (byte) 0xb0,
            0x25, 0x37, 0x37, (byte) 0xfe, 0x16, 10, 10, 0, 0, 20};
        assertArrayEquals(moved, GlyfShift.shift(outline, -500));
    }

    @Test
    void aCompositesOffsetsMoveAndAByteThatNoLongerHoldsOneBecomesAWord() {
        byte[] composite = glyph(-1, 10, 0, 100, 50,
                0x0222, 5, 0x0afd,
                0x0003, 6, 300, 0);
        byte[] moved = glyph(-1, -490, 0, -400, 50,
                0x0023, 5, -490, -3,
                0x0003, 6, -200, 0);
        assertArrayEquals(moved, GlyfShift.shift(composite, -500));
    }

    @Test
    void aComponentPlacedByMatchingPointsFollowsTheOthers() {
        byte[] composite = glyph(-1, 10, 0, 100, 50, 0x0023, 5, 10, 0, 0x0000, 6, 0x0102);
        assertArrayEquals(glyph(-1, -490, 0, -400, 50, 0x0023, 5, -490, 0, 0x0000, 6, 0x0102),
                GlyfShift.shift(composite, -500));
    }

    @Test
    void aLeftHalfOfACompositeNoLongerTakesItsAdvanceFromAComponent() {
        byte[] composite = glyph(-1, 10, 0, 100, 50, 0x0202, 5, 0x0afd);
        assertArrayEquals(glyph(-1, 10, 0, 100, 50, 0x0002, 5, 0x0afd), GlyfShift.shift(composite, 0));
    }

    @Test
    void anOffsetItsComponentsScaleWouldChangeIsNotMoved() {
        byte[] composite = glyph(-1, 10, 0, 100, 50, 0x080a, 5, 0x0afd, 0x2000);
        assertNull(GlyfShift.shift(composite, -500));
    }
}
