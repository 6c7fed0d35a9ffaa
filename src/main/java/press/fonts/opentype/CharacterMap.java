package press.fonts.opentype;

import java.util.Arrays;

/**
 * A subset's Unicode character map, read whole from its best subtable (see {@link CharacterLookup})
 * into two sorted arrays; and the writer of the character map of a subset.
 */
final class CharacterMap {

    private final int[] codePoints;
    private final int[] glyphs;

    /** The map of {@code codePoints}, ascending, to the parallel {@code glyphs}: what {@link #write} writes of them. */
    CharacterMap(int[] codePoints, int[] glyphs) {
        this.codePoints = codePoints;
        this.glyphs = glyphs;
    }

    /** For each glyph below {@code glyphCount}, the lowest code point mapped to it, or -1. */
    int[] firstCodePoints(int glyphCount) {
        int[] first = new int[glyphCount];
        Arrays.fill(first, -1);
        for (int i = codePoints.length - 1; i >= 0; i--) {
            if (glyphs[i] < glyphCount) {
                first[glyphs[i]] = codePoints[i];
            }
        }
        return first;
    }

    static CharacterMap read(byte[] cmap) {
        int best = CharacterLookup.bestSubtable(FontData.of(cmap));
        Mappings mappings = new Mappings();
        if (Bytes.u16(cmap, best) == 12) {
            format12(cmap, best, mappings);
        } else {
            format4(cmap, best, mappings);
        }
        return mappings.sorted();
    }

    /**
     * The pairs a subtable maps, in the order read; kept as primitives because a CJK font maps
     * tens of thousands of characters and boxing each one was most of reading the font.
     */
    private static final class Mappings {

        private long[] keys = new long[1024];
        private int[] glyphsRead = new int[1024];
        private int size;

        void add(int codePoint, int glyph) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                glyphsRead = Arrays.copyOf(glyphsRead, size * 2);
            }
            // the code point high, the order read low: sorted, a character's last mapping comes last and wins
            keys[size] = ((long) codePoint << 32) | size;
            glyphsRead[size++] = glyph;
        }

        CharacterMap sorted() {
            long[] order = Arrays.copyOf(keys, size);
            Arrays.sort(order);
            int[] codes = new int[size];
            int[] gids = new int[size];
            int count = 0;
            for (int i = 0; i < size; i++) {
                int code = (int) (order[i] >>> 32);
                int glyph = glyphsRead[(int) order[i]];
                if (count > 0 && codes[count - 1] == code) {
                    gids[count - 1] = glyph;
                } else {
                    codes[count] = code;
                    gids[count++] = glyph;
                }
            }
            return new CharacterMap(Arrays.copyOf(codes, count), Arrays.copyOf(gids, count));
        }
    }

    private static void format12(byte[] cmap, int at, Mappings map) {
        long groups = Bytes.u32(cmap, at + 12);
        for (int g = 0; g < groups; g++) {
            int group = at + 16 + 12 * g;
            long start = Bytes.u32(cmap, group);
            long end = Bytes.u32(cmap, group + 4);
            long glyph = Bytes.u32(cmap, group + 8);
            for (long code = start; code <= end; code++) {
                if (glyph + code - start != 0) {
                    map.add((int) code, (int) (glyph + code - start));
                }
            }
        }
    }

    private static void format4(byte[] cmap, int at, Mappings map) {
        int segments = Bytes.u16(cmap, at + 6) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int start = Bytes.u16(cmap, starts + 2 * s);
            int end = Bytes.u16(cmap, ends + 2 * s);
            int delta = Bytes.s16(cmap, deltas + 2 * s);
            int rangeOffset = Bytes.u16(cmap, rangeOffsets + 2 * s);
            for (int code = start; code <= end && code != 0xffff; code++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (code + delta) & 0xffff;
                } else {
                    int index = rangeOffsets + 2 * s + rangeOffset + 2 * (code - start);
                    glyph = Bytes.u16(cmap, index);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xffff;
                }
                if (glyph != 0) {
                    map.add(code, glyph);
                }
            }
        }
    }

    /**
     * A character map with a format 4 subtable (3,1) for the Basic Multilingual Plane and a
     * format 12 subtable (3,10) for everything; {@code codePoints} sorted, {@code glyphs} parallel.
     */
    static byte[] write(int[] codePoints, int[] glyphs) {
        byte[] format4 = writeFormat4(codePoints, glyphs);
        byte[] format12 = writeFormat12(codePoints, glyphs);
        Bytes.Out out = new Bytes.Out();
        out.u16(0).u16(2);
        out.u16(3).u16(1).u32(4 + 16);
        out.u16(3).u16(10).u32(4 + 16 + format4.length);
        out.bytes(format4).bytes(format12);
        return out.toByteArray();
    }

    /** Runs of consecutive code points with consecutive glyphs: {start, end, first glyph}. */
    private static int[][] runs(int[] codePoints, int[] glyphs, int limit) {
        java.util.List<int[]> runs = new java.util.ArrayList<>();
        for (int i = 0; i < codePoints.length && codePoints[i] <= limit; i++) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] + 1 == codePoints[i] && last[2] + (last[1] - last[0]) + 1 == glyphs[i]) {
                last[1] = codePoints[i];
            } else {
                runs.add(new int[] {codePoints[i], codePoints[i], glyphs[i]});
            }
        }
        return runs.toArray(new int[0][]);
    }

    private static byte[] writeFormat4(int[] codePoints, int[] glyphs) {
        int[][] runs = runs(codePoints, glyphs, 0xfffe);
        int segments = runs.length + 1;
        int searchRange = 2 * Integer.highestOneBit(segments);
        Bytes.Out out = new Bytes.Out();
        out.u16(4).u16(16 + 8 * segments).u16(0).u16(2 * segments).u16(searchRange)
                .u16(Integer.numberOfTrailingZeros(searchRange / 2)).u16(2 * segments - searchRange);
        for (int[] run : runs) {
            out.u16(run[1]);
        }
        out.u16(0xffff).u16(0);
        for (int[] run : runs) {
            out.u16(run[0]);
        }
        out.u16(0xffff);
        for (int[] run : runs) {
            out.u16((run[2] - run[0]) & 0xffff);
        }
        out.u16(1);
        for (int i = 0; i < segments; i++) {
            out.u16(0);
        }
        return out.toByteArray();
    }

    private static byte[] writeFormat12(int[] codePoints, int[] glyphs) {
        int[][] runs = runs(codePoints, glyphs, Integer.MAX_VALUE);
        Bytes.Out out = new Bytes.Out();
        out.u16(12).u16(0).u32(16 + 12L * runs.length).u32(0).u32(runs.length);
        for (int[] run : runs) {
            out.u32(run[0]).u32(run[1]).u32(run[2]);
        }
        return out.toByteArray();
    }
}
