package press.fonts.opentype;

import java.util.Objects;

/**
 * A subset decided but not yet cut: its glyphs are numbered, so the text can be set in them at
 * once, and {@link #cut()} makes the program, the costly part, on whichever thread has time.
 * Immutable once made, so any thread may cut it.
 */
public final class SubsetPlan {

    private final OpenTypeFont font;
    private final GlyphNumbering numbering;
    private final HalfForms halves;
    private final SubsetGlyphs glyphs;

    SubsetPlan(OpenTypeFont font, GlyphNumbering numbering, HalfForms halves) {
        this.font = Objects.requireNonNull(font, "font");
        this.numbering = Objects.requireNonNull(numbering, "numbering");
        this.halves = Objects.requireNonNull(halves, "halves");
        this.glyphs = halves.glyphs(numbering);
    }

    /** Which glyph will draw each character, whole or halved. */
    public SubsetGlyphs glyphs() {
        return glyphs;
    }

    /** The subset itself: its program cut from the font for these glyphs. */
    public Subset cut() {
        return new Subset(font.program(numbering, halves), glyphs);
    }
}
