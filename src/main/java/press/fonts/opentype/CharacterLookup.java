package press.fonts.opentype;

import java.util.Arrays;

/**
 * Finds a character's glyph in a font's best Unicode subtable (format 12 when it has one, else
 * format 4) where it lies, by binary search: a CJK font maps tens of thousands of characters, a
 * bulletin asks for a few hundred, and reading the whole map was a good part of a cold start.
 * Layout asks again for every character it measures, so answers in the Basic Multilingual Plane
 * are remembered; threads that work out the same answer at once write the same value.
 */
final class CharacterLookup {

    private final FontData cmap;
    private final int at;
    private final boolean groups;
    private final char[] known = new char[0x10000];

    private CharacterLookup(FontData cmap, int at) {
        this.cmap = cmap;
        this.at = at;
        this.groups = cmap.u16(at) == 12;
        Arrays.fill(known, NOT_YET);
    }

    /** Not a glyph index: a font has at most 65 535 glyphs, numbered from 0. */
    private static final char NOT_YET = 0xffff;

    static CharacterLookup of(FontData cmap) {
        return new CharacterLookup(cmap, bestSubtable(cmap));
    }

    /**
     * Where the best Unicode subtable starts: format 12 for Windows UCS-4 or Unicode, else
     * format 4 for Windows BMP or Unicode.
     */
    static int bestSubtable(FontData cmap) {
        int best = -1;
        int bestRank = 0;
        int count = cmap.u16(2);
        for (int i = 0; i < count; i++) {
            int platform = cmap.u16(4 + 8 * i);
            int encoding = cmap.u16(6 + 8 * i);
            int offset = (int) cmap.u32(8 + 8 * i);
            int format = cmap.u16(offset);
            int rank = 0;
            if (format == 12 && ((platform == 3 && encoding == 10) || platform == 0)) {
                rank = 3;
            } else if (format == 4 && ((platform == 3 && encoding == 1) || platform == 0)) {
                rank = 2;
            }
            if (rank > bestRank) {
                best = offset;
                bestRank = rank;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("the font has no Unicode character map (format 4 or 12)");
        }
        return best;
    }

    /** The glyph of a code point, or 0 (.notdef) when the font has none. */
    int glyph(int codePoint) {
        if (codePoint < 0 || codePoint >= known.length) {
            return search(codePoint);
        }
        char glyph = known[codePoint];
        if (glyph == NOT_YET) {
            glyph = (char) search(codePoint);
            known[codePoint] = glyph;
        }
        return glyph;
    }

    private int search(int codePoint) {
        return groups ? inGroups(codePoint) : inSegments(codePoint);
    }

    /** Format 12: groups of consecutive characters, sorted by their first. */
    private int inGroups(int codePoint) {
        int low = 0;
        int high = (int) cmap.u32(at + 12) - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int group = at + 16 + 12 * middle;
            if (codePoint < cmap.u32(group)) {
                high = middle - 1;
            } else if (codePoint > cmap.u32(group + 4)) {
                low = middle + 1;
            } else {
                return (int) (cmap.u32(group + 8) + codePoint - cmap.u32(group));
            }
        }
        return 0;
    }

    /** Format 4: segments sorted by their last character, each with a delta or a range of glyph indices. */
    private int inSegments(int codePoint) {
        if (codePoint >= 0xffff) {
            return 0;
        }
        int segments = cmap.u16(at + 6) / 2;
        int ends = at + 14;
        int low = 0;
        int high = segments - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cmap.u16(ends + 2 * middle) < codePoint) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int starts = ends + 2 * segments + 2;
        int start = cmap.u16(starts + 2 * low);
        if (codePoint < start || codePoint > cmap.u16(ends + 2 * low)) {
            return 0;
        }
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int delta = cmap.s16(deltas + 2 * low);
        int rangeOffset = cmap.u16(rangeOffsets + 2 * low);
        if (rangeOffset == 0) {
            return (codePoint + delta) & 0xffff;
        }
        int glyph = cmap.u16(rangeOffsets + 2 * low + rangeOffset + 2 * (codePoint - start));
        return glyph == 0 ? 0 : (glyph + delta) & 0xffff;
    }
}
