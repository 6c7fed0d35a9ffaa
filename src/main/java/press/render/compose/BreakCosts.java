package press.render.compose;

import java.util.BitSet;
import java.util.List;
import press.fonts.FontRun;
import press.fonts.Words;
import press.render.layout.Keep;
import press.render.layout.TextSpan;

/**
 * What breaking a kept span's lines costs after each of its atoms, by its words. The costs sit
 * above a loose line's and below a 避头尾 breach's: a title or a list of organs sets its lines
 * short rather than split a word, but a name wider than the line still breaks.
 */
final class BreakCosts {

    /** Breaking a name that should stay whole between two of its words. */
    static final double BETWEEN_WORDS_OF_A_NAME = 2e5;
    /** Breaking inside a word ("法|院"). */
    static final double INSIDE_A_WORD = 1e6;

    private BreakCosts() {
    }

    /** Puts the costs on {@code atoms}, the span's atoms in order; a break after the last is the paragraph's to judge. */
    static void within(TextSpan span, List<Atom> atoms) {
        StringBuilder text = new StringBuilder();
        span.runs().stream().map(FontRun::text).forEach(text::append);
        BitSet words = Words.boundaries(text.toString());
        int end = 0;
        for (int i = 0; i < atoms.size() - 1; i++) {
            Atom atom = atoms.get(i);
            end += atom.text().length();
            atoms.set(i, atom.costing(cost(span.keep(), words.get(end))));
        }
    }

    private static double cost(Keep keep, boolean atWordBoundary) {
        if (!atWordBoundary) {
            return INSIDE_A_WORD;
        }
        return keep == Keep.WHOLE ? BETWEEN_WORDS_OF_A_NAME : 0;
    }
}
