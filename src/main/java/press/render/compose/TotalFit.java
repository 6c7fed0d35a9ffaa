package press.render.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import press.fonts.Punctuation;

/**
 * Breaks one segment of atoms (a paragraph, or its stretch between forced breaks) into lines by
 * total fit: of all ways to break where 避头尾 allows, the one whose lines need the least
 * adjustment; a number may end a line before the ideograph after it, at a price. A line that is
 * too long takes room from the blank of its line-end mark first, then, if justified, a little
 * from each gap between CJK characters, and only then from the blanks of the closing marks
 * inside it (a half-width comma mid-line shows more than an even tightening); one that is too
 * short spreads between CJK characters only. Breaking where 避头尾 forbids is the last resort,
 * for text with no allowed break in a whole line (a long URL).
 */
final class TotalFit {

    /** The most a justified line may be tightened per gap, in ems. */
    private static final float TIGHTEN = 0.03f;
    /** The spread per gap in points beyond which a line counts as loose. */
    private static final float LOOSE = 0.5f;
    /** What composed lines leave unused, so that a writer's own rounding never breaks them again. */
    private static final float EPSILON = 0.01f;
    private static final double FORBIDDEN = 1e7;
    /** What a break between a number or Latin word and the ideograph after it costs ("43|次"): allowed, not liked. */
    private static final double AFTER_NARROW = 50;
    private static final double OVERFULL = 1e9;

    private final List<Atom> atoms;
    private final int count;
    private final float firstMeasure;
    private final float measure;
    private final boolean justify;
    private final float tighten;
    private final float[] advances;
    private final float[] inner;
    private final float[] compressed;
    private final int[] gaps;
    private final float[] closings;

    TotalFit(List<Atom> atoms, float firstMeasure, float measure, boolean justify, float em) {
        this.atoms = atoms;
        this.count = atoms.size();
        this.firstMeasure = firstMeasure;
        this.measure = measure;
        this.justify = justify;
        this.tighten = TIGHTEN * em;
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

    /**
     * Adjacent marks share their blanks (CLREQ 3.1.6): a closing mark before another closing or an
     * opening one, and an opening mark before another opening one, give up half an em.
     */
    private static boolean adjacent(Atom atom, Atom next) {
        return atom.kind().compressible() && next.kind().compressible()
                && !(atom.kind() == AtomKind.OPENING && next.kind() == AtomKind.CLOSING);
    }

    /** Whether a line's remainder may go between these two: next to a CJK character, never inside a run of narrow ones, a dash or an ellipsis. */
    private static boolean spreads(Atom atom, Atom next) {
        if (atom.kind() == AtomKind.SHAPED || atom.text().length() > 1 || next.kind() == AtomKind.SPACE
                || atom.kind() == AtomKind.SPACE) {
            return false;
        }
        if (atom.text().equals(next.text()) && (atom.first() == '—' || atom.first() == '…')) {
            return false;
        }
        return atom.kind().spreads() || next.kind().spreads();
    }

    /** What breaking after atom {@code after} costs: nothing where 避头尾 allows it, a last resort where it forbids it. */
    private double penalty(int after) {
        Atom atom = atoms.get(after);
        Atom next = atoms.get(after + 1);
        if (atom.kind() == AtomKind.SHAPED || next.kind() == AtomKind.SHAPED) {
            return Punctuation.mayNotStartLine(next.first()) ? FORBIDDEN * 10 : 0;
        }
        if (Punctuation.mayBreakBetween(atom.last(), next.first())) {
            return 0;
        }
        if (Punctuation.mayNotStartLine(next.first())) {
            return FORBIDDEN * 10;
        }
        boolean unitAfterNumber = atom.kind() == AtomKind.NARROW && next.kind() == AtomKind.WIDE
                && Character.isIdeographic(next.first()) && Character.isLetterOrDigit(atom.last());
        return unitAfterNumber ? AFTER_NARROW : FORBIDDEN;
    }

    /** The lines, the first of them the paragraph's first when {@code startsParagraph}. */
    List<ComposedLine> lines(boolean startsParagraph) {
        List<Integer> breaks = justify ? totalFit() : firstFit();
        List<ComposedLine> lines = new ArrayList<>();
        int start = 0;
        for (int end : breaks) {
            lines.add(line(start, end).compose(startsParagraph && start == 0));
            start = end;
        }
        return lines;
    }

    /** Where a ragged paragraph breaks: each line as full as it can be, as a reader of flush-left text expects. */
    private List<Integer> firstFit() {
        List<Integer> breaks = new ArrayList<>();
        int start = 0;
        while (start < count) {
            int chosen = start + 1;
            double least = Double.POSITIVE_INFINITY;
            for (int end = start + 1; end <= count; end++) {
                if (line(start, end).tooLong() && end - start > 1) {
                    break;
                }
                double penalty = end == count ? 0 : penalty(end - 1);
                if (penalty <= least) {
                    least = penalty;
                    chosen = end;
                }
            }
            breaks.add(chosen);
            start = chosen;
        }
        return breaks;
    }

    /** Where a justified paragraph breaks: the least adjustment over all its lines together. */
    private List<Integer> totalFit() {
        double[] best = new double[count + 1];
        int[] from = new int[count + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= count; end++) {
            double penalty = end == count ? 0 : penalty(end - 1);
            for (int start = end - 1; start >= 0; start--) {
                if (best[start] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                Line line = line(start, end);
                if (line.tooLong() && end - start > 1) {
                    break;
                }
                double cost = best[start] + penalty + line.cost();
                if (cost < best[end]) {
                    best[end] = cost;
                    from[end] = start;
                }
            }
        }
        List<Integer> breaks = new ArrayList<>();
        for (int end = count; end > 0; end = from[end]) {
            breaks.add(0, end);
        }
        return breaks;
    }

    private Line line(int start, int end) {
        int first = start;
        while (start > 0 && first < end - 1 && atoms.get(first).kind() == AtomKind.SPACE) {
            first++;
        }
        int last = end - 1;
        while (last > first && atoms.get(last).kind() == AtomKind.SPACE) {
            last--;
        }
        return new Line(first, last, start == 0 ? firstMeasure : measure, end == count);
    }

    /** Atoms {@code first} to {@code last}, spaces at a soft break already dropped, on a line {@code width} wide. */
    private final class Line {

        private final int first;
        private final int last;
        private final float width;
        private final boolean justified;
        private final float natural;
        private final int gapCount;
        private final float lineEnd;
        private final float inside;

        Line(int first, int last, float width, boolean endsSegment) {
            this.first = first;
            this.last = last;
            this.width = Math.max(width, 1);
            this.justified = justify && !endsSegment;
            this.natural = advances[last + 1] - advances[first] + inner[last] - inner[first];
            this.gapCount = gaps[last] - gaps[first];
            Atom end = atoms.get(last);
            this.lineEnd = end.kind() == AtomKind.CLOSING ? end.half() : 0;
            this.inside = closings[last] - closings[first];
        }

        private float shrinkable() {
            return lineEnd + (justify ? tighten * gapCount + inside : 0);
        }

        /**
         * Longer than any squeeze can make it: a longer line would be too. A justified
         * paragraph's lines, its last one too, may be squeezed; in ragged text only a line's last
         * mark may give up its blank.
         */
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
                float fromGaps = justify ? Math.min(over - fromEnd, tighten * gapCount) : 0;
                float fromInside = over - fromEnd - fromGaps;
                float perGap = gapCount == 0 ? 0 : fromGaps / gapCount;
                return 1 + (fromEnd > 0 ? 2 : 0) + 400.0 * perGap * perGap + 20 * fromInside / atoms.get(last).size();
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

        ComposedLine compose(boolean startsParagraph) {
            float[] spacing = new float[last + 1];
            for (int k = first; k < last; k++) {
                spacing[k] = atoms.get(k).tracking() - compressed[k];
            }
            float over = natural - width + EPSILON;
            float share = 0;
            if (over > 0) {
                float fromEnd = Math.min(over, lineEnd);
                spacing[last] -= fromEnd;
                over -= fromEnd;
                float fromGaps = justify ? Math.min(over, tighten * gapCount) : 0;
                share = gapCount > 0 ? -fromGaps / gapCount : 0;
                over -= fromGaps;
                for (int k = last - 1; justify && k >= first && over > 0; k--) {
                    if (atoms.get(k).kind() == AtomKind.CLOSING && compressed[k] == 0) {
                        float taken = Math.min(over, atoms.get(k).half());
                        spacing[k] -= taken;
                        over -= taken;
                    }
                }
            } else if (justified && gapCount > 0) {
                share = -over / gapCount;
            }
            List<SetRun> runs = new ArrayList<>();
            float total = 0;
            StringBuilder text = new StringBuilder();
            for (int k = first; k <= last; k++) {
                Atom atom = atoms.get(k);
                if (k < last && spreads(atom, atoms.get(k + 1))) {
                    spacing[k] += share;
                }
                total += atom.advance() + spacing[k];
                text.append(atom.text());
                boolean ends = k == last || atom.kind() == AtomKind.SHAPED
                        || atoms.get(k + 1).kind() == AtomKind.SHAPED || atoms.get(k + 1).span() != atom.span()
                        || !atoms.get(k + 1).face().equals(atom.face()) || nextSpacing(k, spacing, share) != spacing[k];
                if (ends) {
                    runs.add(new SetRun(atom.span(), atom.face(), text.toString(), spacing[k],
                            atom.kind() == AtomKind.SHAPED));
                    text.setLength(0);
                }
            }
            return new ComposedLine(runs, total, atoms.get(last).face(), justified, startsParagraph);
        }

        /** The spacing the next atom will get, justification share included. */
        private float nextSpacing(int k, float[] spacing, float share) {
            int next = k + 1;
            return next < last && spreads(atoms.get(next), atoms.get(next + 1)) ? spacing[next] + share : spacing[next];
        }
    }
}
