package press.render.compose;

import java.util.List;

/**
 * A segment's atoms measured once, as running sums, so that any stretch of them is measured in
 * constant time: advances, the spacing inside (tracking less what adjacent marks share), the
 * gaps a justified line may spread, and the blanks of closing marks that could still give way.
 */
final class Segment {

    private final List<Atom> atoms;
    final int count;
    private final float[] advances;
    private final float[] inner;
    private final float[] compressed;
    private final int[] gaps;
    private final float[] closings;

    Segment(List<Atom> atoms) {
        this.atoms = atoms;
        this.count = atoms.size();
        this.compressed = new float[count];
        this.advances = new float[count + 1];
        this.inner = new float[count + 1];
        this.gaps = new int[count + 1];
        this.closings = new float[count + 1];
        for (int k = 0; k < count; k++) {
            Atom atom = atoms.get(k);
            Atom next = k + 1 < count ? atoms.get(k + 1) : null;
            compressed[k] = next != null && adjacent(atom, next) ? atom.half() : 0;
            advances[k + 1] = advances[k] + atom.advance();
            inner[k + 1] = inner[k] + atom.tracking() - compressed[k];
            gaps[k + 1] = gaps[k] + (next != null && spreads(atom, next) ? 1 : 0);
            closings[k + 1] = closings[k] + (atom.kind() == AtomKind.CLOSING && compressed[k] == 0 ? atom.half() : 0);
        }
    }

    Atom atom(int k) {
        return atoms.get(k);
    }

    /** Atoms {@code first} to {@code last} side by side, tracking and shared blanks included. */
    float natural(int first, int last) {
        return advances[last + 1] - advances[first] + inner[last] - inner[first];
    }

    /** The gaps between atoms {@code first} to {@code last} a justified line may spread. */
    int gaps(int first, int last) {
        return gaps[last] - gaps[first];
    }

    /** The blanks closing marks before {@code last} could give up. */
    float closings(int first, int last) {
        return closings[last] - closings[first];
    }

    /** What atom {@code k} gives up to the mark after it. */
    float compressed(int k) {
        return compressed[k];
    }

    /**
     * Adjacent marks share their blanks (CLREQ 3.1.6): a closing mark before another closing or an
     * opening one, and an opening mark before another opening one, give up half an em.
     */
    static boolean adjacent(Atom atom, Atom next) {
        return atom.kind().compressible() && next.kind().compressible()
                && !(atom.kind() == AtomKind.OPENING && next.kind() == AtomKind.CLOSING);
    }

    /** Whether a line's remainder may go between these two: next to a CJK character, never inside a run of narrow ones, a dash or an ellipsis. */
    static boolean spreads(Atom atom, Atom next) {
        if (atom.kind() == AtomKind.SHAPED || atom.text().length() > 1 || next.kind() == AtomKind.SPACE
                || atom.kind() == AtomKind.SPACE) {
            return false;
        }
        if (atom.text().equals(next.text()) && (atom.first() == '—' || atom.first() == '…')) {
            return false;
        }
        return atom.kind().spreads() || next.kind().spreads();
    }

}
