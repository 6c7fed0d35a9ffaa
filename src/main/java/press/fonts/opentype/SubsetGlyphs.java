package press.fonts.opentype;

import java.util.Arrays;

/**
 * Which glyph of one document's subset draws each of its characters, whole or as a half-width
 * form: known before the subset is cut ({@link SubsetPlan}), so a writer can set the text while
 * the program is still being cut. Line composition gives up the blank half of a full-width mark's
 * em; the left half form (a closing mark's ink, at half the advance) and the right half form (an
 * opening mark's ink moved left) draw such a mark without a glyph box reaching over the next one.
 *
 * @param codePoints the characters, ascending
 * @param glyphs for each character, its glyph drawn whole (0 where it is drawn only in halves)
 * @param leftHalves for each character, the glyph of its left half form, or 0
 * @param rightHalves for each character, the glyph of its right half form, or 0
 */
public record SubsetGlyphs(int[] codePoints, int[] glyphs, int[] leftHalves, int[] rightHalves) {

    /** No characters: what a shaped face's subset lists, its text drawn through the JDK's glyph vectors. */
    public static final SubsetGlyphs NONE = new SubsetGlyphs(new int[0], new int[0], new int[0], new int[0]);

    public SubsetGlyphs {
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

    /** Whether every glyph named is below {@code glyphCount}. */
    boolean within(int glyphCount) {
        for (int[] column : new int[][] {glyphs, leftHalves, rightHalves}) {
            for (int glyph : column) {
                if (glyph < 0 || glyph >= glyphCount) {
                    return false;
                }
            }
        }
        return true;
    }

    private int find(int[] column, int codePoint) {
        int row = Arrays.binarySearch(codePoints, codePoint);
        return row < 0 ? 0 : column[row];
    }
}
