package press.render.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * One way to set a line: atoms {@code first} to {@code last} of a segment, spaces at a soft break
 * already dropped, on a line {@code width} wide; what it costs total fit, and the line composed.
 * Total fit weighs tens of candidates for every atom of a paragraph, so one candidate is moved
 * from way to way ({@link #at}) rather than made anew for each.
 */
final class LineCandidate {

    /** What composed lines leave unused, so that a writer's own rounding never breaks them again. */
    private static final float EPSILON = 0.01f;
    /** The spread per gap in points beyond which a line counts as loose. */
    private static final float LOOSE = 0.5f;
    private static final double OVERFULL = 1e9;

    private final Segment segment;
    private final boolean justify;
    private final float tighten;
    private int first;
    private int last;
    private float width;
    private boolean justified;
    private float natural;
    private int gapCount;
    private float lineEnd;
    private float inside;

    /**
     * @param justify whether the paragraph is justified: its lines may be squeezed, all but
     *                each segment's last spread
     * @param tighten the most a gap may be tightened, in points
     */
    LineCandidate(Segment segment, int first, int last, float width, boolean endsSegment, boolean justify,
                  float tighten) {
        this.segment = segment;
        this.justify = justify;
        this.tighten = tighten;
        at(first, last, width, endsSegment);
    }

    /** This candidate moved to atoms {@code first} to {@code last} on a line {@code width} wide. */
    LineCandidate at(int first, int last, float width, boolean endsSegment) {
        this.first = first;
        this.last = last;
        this.width = Math.max(width, 1);
        this.justified = justify && !endsSegment;
        this.natural = segment.natural(first, last);
        this.gapCount = segment.gaps(first, last);
        Atom end = segment.atom(last);
        this.lineEnd = end.kind() == AtomKind.CLOSING ? end.half() : 0;
        this.inside = segment.closings(first, last);
        return this;
    }

    /**
     * What the gaps give of {@code wanted} points once the line-end mark has given its blank: in
     * a justified paragraph up to the tightening limit, in ragged text nothing; closing marks
     * inside the line give the rest.
     */
    private float fromGaps(float wanted) {
        return justify ? Math.min(wanted, tighten * gapCount) : 0;
    }

    private float shrinkable() {
        return lineEnd + (justify ? tighten * gapCount + inside : 0);
    }

    /**
     * Longer than any squeeze can make it: a longer line would be too. A justified
     * paragraph's lines, its last one too, may be squeezed; in ragged text only a line's last
     * mark may give up its blank.
     */
    /** Whether the line fits its measure with nothing taken in. */
    boolean fitsUnadjusted() {
        return natural <= width + 1e-3f;
    }

    boolean tooLong() {
        return natural - shrinkable() > width + 1e-3f;
    }

    double cost() {
        float over = natural - width;
        if (over > 0) {
            if (tooLong()) {
                return OVERFULL;
            }
            float fromEnd = Math.min(over, lineEnd);
            float fromGaps = fromGaps(over - fromEnd);
            float fromInside = over - fromEnd - fromGaps;
            float perGap = gapCount == 0 ? 0 : fromGaps / gapCount;
            return 1 + (fromEnd > 0 ? 2 : 0) + 400.0 * perGap * perGap + 20 * fromInside / segment.atom(last).size();
        }
        if (!justified) {
            return 1;
        }
        if (gapCount == 0) {
            return 1 + 1e5 - over;
        }
        double perGap = -over / gapCount;
        return 1 + 100 * perGap * perGap + (perGap > LOOSE ? 1e4 : 0);
    }

    /**
     * What a line of centred text costs: the square of what it leaves of the measure, in ems, so
     * that lines of about equal length cost least; a line too long costs what it does justified.
     */
    double balanceCost() {
        float over = natural - width;
        if (over > 0) {
            return cost();
        }
        double left = -over / segment.atom(last).size();
        return 1 + left * left;
    }

    ComposedLine compose(boolean startsParagraph) {
        // what each atom gives up of its blank: to the mark after it, at the line's end, inside the line
        float[] given = new float[last + 1];
        for (int k = first; k < last; k++) {
            given[k] = segment.compressed(k);
        }
        float over = natural - width + EPSILON;
        float share = 0;
        if (over > 0) {
            float fromEnd = Math.min(over, lineEnd);
            given[last] += fromEnd;
            over -= fromEnd;
            float fromGaps = fromGaps(over);
            share = gapCount > 0 ? -fromGaps / gapCount : 0;
            over -= fromGaps;
            for (int k = last - 1; justify && k >= first && over > 0; k--) {
                if (segment.atom(k).kind() == AtomKind.CLOSING && segment.compressed(k) == 0) {
                    // a mark gives its whole blank or none: a part of it would leave a glyph either
                    // overlapping the next or followed by a gap a reader takes for a space
                    float taken = gapCount > 0 ? segment.atom(k).half() : Math.min(over, segment.atom(k).half());
                    given[k] += taken;
                    over -= taken;
                }
            }
            if (over < 0 && gapCount > 0) {
                // what the last mark gave beyond the need goes back between the CJK characters
                share -= over / gapCount;
            }
        } else if (justified && gapCount > 0) {
            share = -over / gapCount;
        }
        float[] spacing = new float[last + 1];
        GlyphForm[] forms = new GlyphForm[last + 1];
        for (int k = first; k <= last; k++) {
            Atom atom = segment.atom(k);
            spacing[k] += (k < last ? atom.tracking() : 0) - given[k];
            if (k < last && Segment.spreads(atom, segment.atom(k + 1))) {
                spacing[k] += share;
            }
            if (forms[k] == null) {
                forms[k] = atom.kind() == AtomKind.SHAPED ? GlyphForm.CLUSTER : GlyphForm.FULL;
            }
            halve(k, given[k], spacing, forms);
        }
        List<SetRun> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float total = 0;
        for (int k = first; k <= last; k++) {
            Atom atom = segment.atom(k);
            total += atom.advance() * forms[k].share() + spacing[k];
            text.append(atom.text());
            boolean ends = k == last || forms[k] == GlyphForm.CLUSTER || forms[k + 1] == GlyphForm.CLUSTER
                    || forms[k + 1] != forms[k] || segment.atom(k + 1).span() != atom.span()
                    || !segment.atom(k + 1).face().equals(atom.face()) || spacing[k + 1] != spacing[k];
            if (ends) {
                runs.add(new SetRun(atom.span(), atom.face(), text.toString(), spacing[k], forms[k]));
                text.setLength(0);
            }
        }
        return new ComposedLine(runs, total, segment.atom(last).face(), justified, startsParagraph);
    }

    /**
     * A mark that gave up blank is drawn as the half of its em that holds its ink, so that what
     * it takes on the line is what it is drawn as: a closing mark its left half, with the blank it
     * kept as spacing; an opening mark that shares its blank with the opening mark after it stays
     * whole, and the next is drawn from its ink instead. Positions do not move.
     */
    private void halve(int k, float given, float[] spacing, GlyphForm[] forms) {
        if (given <= 0) {
            return;
        }
        Atom atom = segment.atom(k);
        if (atom.kind() == AtomKind.CLOSING && forms[k] == GlyphForm.FULL) {
            forms[k] = GlyphForm.LEFT_HALF;
            spacing[k] += atom.half();
        } else if (atom.kind() == AtomKind.OPENING && k < last && segment.atom(k + 1).kind() == AtomKind.OPENING) {
            forms[k + 1] = GlyphForm.RIGHT_HALF;
            spacing[k] += given;
        }
    }
}
