package press.fonts.opentype;

import java.util.Objects;

/**
 * Where each glyph's charstring lies in a CFF program, and which of them are a source font's
 * charstring copied byte for byte: what lets a PDF writer encode a glyph once and reuse it for
 * every document that embeds it. A program read from a file we did not cut knows none.
 *
 * @param starts for each glyph, where its charstring begins in the program; then where the last ends
 * @param sources for each glyph, the source font's glyph whose charstring it is unchanged, or -1
 *                (a half form's, which {@link CharStringShift} rewrote)
 */
public record CharStringPlaces(int[] starts, int[] sources) {

    /** Nothing known: every byte of the program is its own. */
    public static final CharStringPlaces NONE = new CharStringPlaces(new int[] {0}, new int[0]);

    public CharStringPlaces {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(sources, "sources");
        starts = starts.clone();
        sources = sources.clone();
        if (starts.length != sources.length + 1) {
            throw new IllegalArgumentException("a start for each of " + sources.length + " glyphs and an end, not "
                    + starts.length);
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("charstring " + i + " starts at " + starts[i] + ", before the one "
                        + "before it at " + starts[i - 1]);
            }
        }
        for (int source : sources) {
            if (source < -1) {
                throw new IllegalArgumentException("a source glyph is -1 or a glyph index, not " + source);
            }
        }
    }

    /** The number of glyphs placed (0 when none is known). */
    public int count() {
        return sources.length;
    }

    /** Where glyph {@code glyph}'s charstring begins. */
    public int start(int glyph) {
        return starts[glyph];
    }

    /** Where glyph {@code glyph}'s charstring ends (the next one's start). */
    public int end(int glyph) {
        return starts[glyph + 1];
    }

    /** The source glyph whose charstring glyph {@code glyph} copies unchanged, or -1. */
    public int source(int glyph) {
        return sources[glyph];
    }

    @Override
    public int[] starts() {
        return starts.clone();
    }

    @Override
    public int[] sources() {
        return sources.clone();
    }
}
