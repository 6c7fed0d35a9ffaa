package press.fonts.opentype;

/**
 * A font subset with half-width forms, as {@link OpenTypeFont#subset(int[], int[], int[])} cut it:
 * its program for a PDF (each half form said to draw its character), and for each character
 * asked for, in ascending order, the glyph drawing it whole and its left and right half forms in
 * the program (0 for none).
 */
public record Subset(FontProgram program, int[] codePoints, int[] glyphs, int[] leftHalves, int[] rightHalves) {

    public Subset {
        codePoints = codePoints.clone();
        glyphs = glyphs.clone();
        leftHalves = leftHalves.clone();
        rightHalves = rightHalves.clone();
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
}
