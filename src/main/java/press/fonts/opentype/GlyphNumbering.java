package press.fonts.opentype;

/**
 * How one subset numbers its glyphs, decided before anything is cut: .notdef, then the glyph of
 * each character in the characters' order, then (TrueType) the components those glyphs are built
 * of, then a slot for each half form.
 *
 * @param glyphs for each of the subset's glyphs, the source glyph it is cut from
 * @param codePoints the characters the subset draws whole, ascending
 * @param mapped for each of {@code codePoints}, the subset's glyph that draws it
 * @param firstHalf the first half form's glyph ({@code glyphs.length} when there are none)
 */
record GlyphNumbering(int[] glyphs, int[] codePoints, int[] mapped, int firstHalf) {

    GlyphNumbering {
        glyphs = glyphs.clone();
        codePoints = codePoints.clone();
        mapped = mapped.clone();
        if (codePoints.length != mapped.length) {
            throw new IllegalArgumentException(codePoints.length + " characters but " + mapped.length + " glyphs for them");
        }
        if (firstHalf < 0 || firstHalf > glyphs.length) {
            throw new IllegalArgumentException("the half forms start at " + firstHalf + " of " + glyphs.length + " glyphs");
        }
    }

    @Override
    public int[] glyphs() {
        return glyphs.clone();
    }

    @Override
    public int[] codePoints() {
        return codePoints.clone();
    }

    @Override
    public int[] mapped() {
        return mapped.clone();
    }
}
