package press.fonts.opentype;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How one subset numbers its glyphs, decided before anything is cut: .notdef, then the glyph of
 * each character in the characters' order, then (TrueType) the components those glyphs are built
 * of, then a slot for each half form.
 *
 * @param glyphs for each of the subset's glyphs, the source glyph it is cut from
 * @param mapping code point → the subset's glyph that draws it whole
 * @param firstHalf the first half form's glyph ({@code glyphs.length} when there are none)
 */
record GlyphNumbering(int[] glyphs, SortedMap<Integer, Integer> mapping, int firstHalf) {

    GlyphNumbering {
        glyphs = glyphs.clone();
        mapping = Collections.unmodifiableSortedMap(new TreeMap<>(mapping));
        if (firstHalf < 0 || firstHalf > glyphs.length) {
            throw new IllegalArgumentException("the half forms start at " + firstHalf + " of " + glyphs.length + " glyphs");
        }
    }

    @Override
    public int[] glyphs() {
        return glyphs.clone();
    }
}
