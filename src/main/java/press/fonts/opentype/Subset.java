package press.fonts.opentype;

import java.util.Arrays;
import java.util.Objects;

/**
 * One document's subset of one font file, as {@link OpenTypeFont#subset(int[], int[], int[])} cuts
 * it: its program as a PDF embeds it (each half form said to draw its character), and which glyph draws
 * each of the document's characters, whole or as a half-width form. Line composition gives up
 * the blank half of a full-width mark's em; the left half form (a closing mark's ink, at half the
 * advance) and the right half form (an opening mark's ink moved left) draw such a mark without a
 * glyph box reaching over the next one. A shaped face's subset is its whole font, drawn through
 * the JDK's glyph vectors, so it lists no characters and every lookup answers 0.
 *
 * @param codePoints the characters, ascending
 * @param glyphs for each character, its glyph drawn whole (0 where it is drawn only in halves)
 * @param leftHalves for each character, the glyph of its left half form, or 0
 * @param rightHalves for each character, the glyph of its right half form, or 0
 */
public record Subset(FontProgram program, int[] codePoints, int[] glyphs, int[] leftHalves, int[] rightHalves) {

    public Subset {
        Objects.requireNonNull(program, "program");
        codePoints = codePoints.clone();
        glyphs = glyphs.clone();
        leftHalves = leftHalves.clone();
        rightHalves = rightHalves.clone();
        if (glyphs.length != codePoints.length || leftHalves.length != codePoints.length
                || rightHalves.length != codePoints.length) {
            throw new IllegalArgumentException("a glyph, a left and a right half for each character, not "
                    + glyphs.length + ", " + leftHalves.length + " and " + rightHalves.length + " for "
                    + codePoints.length);
        }
        for (int i = 1; i < codePoints.length; i++) {
            if (codePoints[i] <= codePoints[i - 1]) {
                throw new IllegalArgumentException("characters must ascend without repeats: U+"
                        + Integer.toHexString(codePoints[i - 1]) + " before U+" + Integer.toHexString(codePoints[i]));
            }
        }
        int glyphCount = program.widths().length;
        for (int[] column : new int[][] {glyphs, leftHalves, rightHalves}) {
            for (int glyph : column) {
                if (glyph < 0 || glyph >= glyphCount) {
                    throw new IllegalArgumentException("glyph " + glyph + " is not among the subset's " + glyphCount);
                }
            }
        }
    }

    /** The whole file of a shaped face: no characters of its own, no half forms. */
    public static Subset whole(byte[] file) {
        return new Subset(FontProgram.read(file), new int[0], new int[0], new int[0], new int[0]);
    }

    @Override
    public int[] codePoints() {
        return codePoints.clone();
    }

    @Override
    public int[] glyphs() {
        return glyphs.clone();
    }

    @Override
    public int[] leftHalves() {
        return leftHalves.clone();
    }

    @Override
    public int[] rightHalves() {
        return rightHalves.clone();
    }

    /** The glyph drawing the character whole, or 0. */
    public int glyph(int codePoint) {
        return find(glyphs, codePoint);
    }

    /** The glyph of the character's left half form (its ink at half the advance), or 0. */
    public int leftHalf(int codePoint) {
        return find(leftHalves, codePoint);
    }

    /** The glyph of the character's right half form (its ink moved left by half the advance), or 0. */
    public int rightHalf(int codePoint) {
        return find(rightHalves, codePoint);
    }

    private int find(int[] column, int codePoint) {
        int row = Arrays.binarySearch(codePoints, codePoint);
        return row < 0 ? 0 : column[row];
    }
}
