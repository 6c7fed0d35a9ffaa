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
 * for text with no allowed break in a whole line (a long URL). Centred text (a title, a table
 * cell) is broken into lines of about equal length, as offices set a title ("排列对称"), not
 * into full lines and a short last one.
 */
final class TotalFit {

    /** The most a justified line may be tightened per gap, in ems. */
    private static final float TIGHTEN = 0.03f;
    private static final double FORBIDDEN = 1e7;
    /** What a break between a number or Latin word and the ideograph after it costs ("43|次"): allowed, not liked. */
    private static final double AFTER_NARROW = 50;
    /** How far short of its measure, in ems, a line but a segment's last is tried at first. */
    private static final float SLACK = 3;
    /** A total cost this high means some line was loose or broke where 避头尾 forbids. */
    private static final double LOOSE_LINES = 1e4;

    private final Segment segment;
    private final int count;
    private final float firstMeasure;
    private final float measure;
    private final boolean justify;
    private final boolean balance;
    private final float tighten;
    private final float em;

    TotalFit(List<Atom> atoms, float firstMeasure, float measure, boolean justify, boolean balance, float em) {
        this.segment = new Segment(atoms);
        this.count = segment.count;
        this.firstMeasure = firstMeasure;
        this.measure = measure;
        this.justify = justify;
        this.balance = balance;
        this.tighten = TIGHTEN * em;
        this.em = em;
    }

    /** What breaking after atom {@code after} costs: nothing where 避头尾 allows it, a last resort where it forbids it. */
    private double penalty(int after) {
        Atom atom = segment.atom(after);
        return atom.breakCost() + rulePenalty(atom, segment.atom(after + 1));
    }

    private static double rulePenalty(Atom atom, Atom next) {
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
        // a segment that fits one line as set is that line: no break can cost less than none
        List<Integer> breaks = line(0, count).fitsUnadjusted() ? List.of(count)
                : justify || balance ? totalFit() : firstFit();
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
        LineCandidate probe = line(0, 1);
        int start = 0;
        while (start < count) {
            int chosen = start + 1;
            double least = Double.POSITIVE_INFINITY;
            for (int end = start + 1; end <= count; end++) {
                if (probe(start, end, probe).tooLong() && end - start > 1) {
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
        int[] from = new int[count + 1];
        // centred lines are as long as each other, each may be far short of the measure
        double[] best = totalFit(from, balance ? Float.POSITIVE_INFINITY : SLACK);
        if (best[count] >= LOOSE_LINES) {
            // some line had to be loose or broken where 避头尾 forbids: the short lines left out may be the best of them
            best = totalFit(from, Float.POSITIVE_INFINITY);
        }
        List<Integer> breaks = new ArrayList<>();
        for (int end = count; end > 0; end = from[end]) {
            breaks.add(0, end);
        }
        return breaks;
    }

    /**
     * The least cost of setting atoms up to each end, each end's best start in {@code from};
     * lines but a segment's last that leave more than {@code slack} ems of their measure are not
     * tried: a line so loose costs more than any line that is not, and those are found first.
     */
    private double[] totalFit(int[] from, float slack) {
        double[] best = new double[count + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        float shortest = Math.min(firstMeasure, measure) - slack * em;
        // the last start from which a line to the current end still reaches within slack of the
        // measure: it only moves on as the end does
        int reach = 0;
        LineCandidate probe = line(0, 1);
        for (int end = 1; end <= count; end++) {
            double penalty = end == count ? 0 : penalty(end - 1);
            while (reach < end - 1 && segment.natural(reach + 1, end - 1) >= shortest) {
                reach++;
            }
            int start = end == count ? end - 1 : reach;
            for (; start >= 0; start--) {
                if (best[start] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                LineCandidate line = probe(start, end, probe);
                if (line.tooLong() && end - start > 1) {
                    break;
                }
                double cost = best[start] + penalty + (balance ? line.balanceCost() : line.cost());
                if (cost < best[end]) {
                    best[end] = cost;
                    from[end] = start;
                }
            }
        }
        return best;
    }

    /** A new candidate for the line of atoms {@code start} to {@code end}, to keep or compose. */
    private LineCandidate line(int start, int end) {
        return probe(start, end, null);
    }

    /**
     * The line of atoms {@code start} to {@code end}, spaces at a soft break dropped: {@code reused}
     * moved there, or a new candidate where it is null.
     */
    private LineCandidate probe(int start, int end, LineCandidate reused) {
        int first = start;
        while (start > 0 && first < end - 1 && segment.atom(first).kind() == AtomKind.SPACE) {
            first++;
        }
        int last = end - 1;
        while (last > first && segment.atom(last).kind() == AtomKind.SPACE) {
            last--;
        }
        float width = start == 0 ? firstMeasure : measure;
        return reused == null ? new LineCandidate(segment, first, last, width, end == count, justify, tighten)
                : reused.at(first, last, width, end == count);
    }
}
