package press.fonts.opentype;

import java.util.Objects;

/**
 * One document's subset of one font file, as {@link OpenTypeFont#subset(int[], int[], int[])} cuts
 * it: its program as a PDF embeds it (each half form said to draw its character), and which glyph
 * draws each of the document's characters, whole or as a half-width form.
 */
public record Subset(FontProgram program, SubsetGlyphs glyphs) {

    public Subset {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(glyphs, "glyphs");
        if (!glyphs.within(program.widths().length)) {
            throw new IllegalArgumentException("a glyph beyond the subset's " + program.widths().length);
        }
    }

    /** The glyph drawing the character whole, or 0. */
    public int glyph(int codePoint) {
        return glyphs.glyph(codePoint);
    }

    /** The glyph of the character's left half form (its ink at half the advance), or 0. */
    public int leftHalf(int codePoint) {
        return glyphs.leftHalf(codePoint);
    }

    /** The glyph of the character's right half form (its ink moved left by half the advance), or 0. */
    public int rightHalf(int codePoint) {
        return glyphs.rightHalf(codePoint);
    }
}
