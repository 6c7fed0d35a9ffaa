package press.fonts.opentype;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A Type 2 charstring moved sideways and given a width: the first moveto and the vertical stems
 * take the shift, the width operand is replaced or put in where the glyph took the default width,
 * horizontal stems, hint masks and everything after the moveto are left as they were.
 */
class CharStringShiftTest {

    /** The width operand the tests state: the width less the nominal width. */
    private static final int WIDTH = -509;

    private static final int HSTEM = 1;
    private static final int VSTEM = 3;
    private static final int VMOVETO = 4;
    private static final int RLINETO = 5;
    private static final int CALLSUBR = 10;
    private static final int ENDCHAR = 14;
    private static final int HSTEMHM = 18;
    private static final int HINTMASK = 19;
    private static final int CNTRMASK = 20;
    private static final int RMOVETO = 21;
    private static final int HMOVETO = 22;
    private static final int CALLGSUBR = 29;

    /** A charstring: numbers are encoded, {@code op(n)} is operator n, {@code raw(b)} a mask byte. */
    private static byte[] chars(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] bytes = part instanceof Integer n ? CharStringShift.encode(n) : (byte[]) part;
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    private static byte[] op(int operator) {
        return new byte[] {(byte) operator};
    }

    private static byte[] raw(int mask) {
        return new byte[] {(byte) mask};
    }

    @Test
    void theFirstMovetoAndTheVerticalStemsMoveButTheWidthAndHorizontalStemsStay() {
        byte[] glyph = chars(-9, 50, 20, op(HSTEM), 100, 30, op(VSTEM), 10, 20, op(RMOVETO), 30, 40, op(RLINETO),
                op(ENDCHAR));
        assertArrayEquals(chars(WIDTH, 50, 20, op(HSTEM), -400, 30, op(VSTEM), -490, 20, op(RMOVETO), 30, 40,
                op(RLINETO), op(ENDCHAR)), CharStringShift.shift(glyph, -500, WIDTH));
    }

    @Test
    void stemsAHintMaskDeclaresWithoutVstemMoveAndItsMaskBytesAreSkipped() {
        // nine stems: a two-byte mask, whose bytes are no numbers or operators to read
        byte[] glyph = chars(50, 20, 10, 10, op(HSTEMHM), 100, 30, 50, 30, 50, 30, 50, 30, 50, 30, 50, 30, 50, 30,
                op(HINTMASK), raw(0xff), raw(0x15), 10, op(HMOVETO), 30, 40, op(RLINETO), op(ENDCHAR));
        assertArrayEquals(chars(WIDTH, 50, 20, 10, 10, op(HSTEMHM), -400, 30, 50, 30, 50, 30, 50, 30, 50, 30, 50, 30, 50, 30,
                op(HINTMASK), raw(0xff), raw(0x15), -490, op(HMOVETO), 30, 40, op(RLINETO), op(ENDCHAR)),
                CharStringShift.shift(glyph, -500, WIDTH));
    }

    @Test
    void aCounterMaskIsSkippedLikeAHintMask() {
        byte[] glyph = chars(50, 20, op(HSTEM), 100, 30, op(CNTRMASK), raw(0xc0), op(HINTMASK), raw(0x80), 10, 20,
                op(RMOVETO), op(ENDCHAR));
        assertArrayEquals(chars(WIDTH, 50, 20, op(HSTEM), -400, 30, op(CNTRMASK), raw(0xc0), op(HINTMASK), raw(0x80), -490,
                20, op(RMOVETO), op(ENDCHAR)), CharStringShift.shift(glyph, -500, WIDTH));
    }

    @Test
    void aVerticalMovetoBecomesAnRmovetoWithTheShiftAsItsX() {
        assertArrayEquals(chars(WIDTH, -500, 30, op(RMOVETO), 30, 40, op(RLINETO), op(ENDCHAR)),
                CharStringShift.shift(chars(-9, 30, op(VMOVETO), 30, 40, op(RLINETO), op(ENDCHAR)), -500, WIDTH));
    }

    @Test
    void aFixedNumberStaysFixed() {
        // 10.5 - 500 = -489.5: integer part -490 (0xfe16), fraction one half
        byte[] fixed = {(byte) 255, 0, 10, (byte) 0x80, 0};
        byte[] moved = {(byte) 255, (byte) 0xfe, 0x16, (byte) 0x80, 0};
        assertArrayEquals(chars(WIDTH, moved, 20, op(RMOVETO), op(ENDCHAR)),
                CharStringShift.shift(chars(fixed, 20, op(RMOVETO), op(ENDCHAR)), -500, WIDTH));
    }

    @Test
    void numbersTakeTheLongerEncodingWhenTheShiftNeedsIt() {
        assertArrayEquals(chars(WIDTH, -1200, 0, op(RMOVETO), op(ENDCHAR)),
                CharStringShift.shift(chars(-700, 0, op(RMOVETO), op(ENDCHAR)), -500, WIDTH));
        assertArrayEquals(new byte[] {28, (byte) 0xfb, 0x50}, CharStringShift.encode(-1200));
    }

    @Test
    void aSubroutineCalledBeforeTheFirstMovetoIsNotFollowed() {
        assertNull(CharStringShift.shift(chars(5, op(CALLSUBR), 10, 20, op(RMOVETO), op(ENDCHAR)), -500, WIDTH));
        assertNull(CharStringShift.shift(chars(50, 20, op(HSTEM), 5, op(CALLGSUBR), op(ENDCHAR)), -500, WIDTH));
    }

    @Test
    void aSubroutineCalledAfterTheMovetoIsCopied() {
        assertArrayEquals(chars(WIDTH, -490, 20, op(RMOVETO), 5, op(CALLSUBR), op(ENDCHAR)),
                CharStringShift.shift(chars(10, 20, op(RMOVETO), 5, op(CALLSUBR), op(ENDCHAR)), -500, WIDTH));
    }

    @Test
    void aGlyphWithNoOutlineTakesOnlyItsWidth() {
        assertArrayEquals(chars(WIDTH, op(ENDCHAR)), CharStringShift.shift(chars(-9, op(ENDCHAR)), -500, WIDTH));
        assertArrayEquals(chars(WIDTH, op(ENDCHAR)), CharStringShift.shift(chars(op(ENDCHAR)), -500, WIDTH));
    }

    @Test
    void aLeftHalfStaysWhereItIsAndStatesItsWidth() {
        byte[] glyph = chars(50, 20, op(HSTEM), 100, 30, op(VSTEM), 10, 20, op(RMOVETO), op(ENDCHAR));
        assertArrayEquals(chars(WIDTH, 50, 20, op(HSTEM), 100, 30, op(VSTEM), 10, 20, op(RMOVETO), op(ENDCHAR)),
                CharStringShift.shift(glyph, 0, WIDTH));
    }

    @Test
    void anAccentedGlyphBuiltFromTwoOthersIsNotFollowed() {
        assertNull(CharStringShift.shift(chars(100, 200, 65, 194, op(ENDCHAR)), -500, WIDTH));
    }
}
