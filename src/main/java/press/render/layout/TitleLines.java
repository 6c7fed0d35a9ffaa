package press.render.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import press.fonts.FontLibrary;
import press.fonts.Punctuation;
import press.fonts.Words;
import press.model.Inline;
import press.model.LineBreak;
import press.model.Text;
import press.render.style.TextStyle;

/**
 * A title too long for one line, broken into lines of about equal width, as offices set a
 * title ("排列对称，长短适宜"): as few lines as the width allows, each break where a line may
 * break (not before closing punctuation, not after opening punctuation, not inside a number or
 * a Latin word) and nearest the even share, so no line is left with a character or two. Breaks
 * fall between words ("词意完整", §7.3.1: never "全/市" or "法/院"), at the cost of one more line
 * if need be; only a title that no choice of word breaks fits is broken inside a word.
 */
final class TitleLines {

    private TitleLines() {
    }

    /** The title with line breaks put in, or as it is when it fits one line or is not plain text. */
    static List<Inline> balanced(List<Inline> content, TextStyle style, float width, FontLibrary fonts) {
        if (content.stream().anyMatch(inline -> !(inline instanceof Text))) {
            return content;
        }
        String text = Inline.plainText(content);
        float natural = Widths.of(fonts, text, style);
        if (natural <= width) {
            return content;
        }
        int[] points = text.codePoints().toArray();
        float[] before = new float[points.length + 1];
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            prefix.appendCodePoint(points[i]);
            before[i + 1] = Widths.of(fonts, prefix.toString(), style);
        }
        boolean[] wordEnds = wordEnds(text, points);
        int fewest = (int) Math.ceil(natural / width);
        List<Integer> breaks = null;
        for (int lines = fewest; lines <= fewest + 1 && breaks == null; lines++) {
            breaks = breaks(points, before, lines, width, wordEnds);
        }
        for (int lines = fewest; lines <= points.length && breaks == null; lines++) {
            breaks = breaks(points, before, lines, width, null);
        }
        if (breaks == null) {
            return content;
        }
        List<Inline> out = new ArrayList<>();
        int from = 0;
        for (int at : breaks) {
            out.add(new Text(new String(points, from, at - from)));
            out.add(new LineBreak());
            from = at;
        }
        out.add(new Text(new String(points, from, points.length - from)));
        return out;
    }

    /** For each code point, whether a word ends before it. */
    private static boolean[] wordEnds(String text, int[] points) {
        BitSet boundaries = Words.boundaries(text);
        boolean[] ends = new boolean[points.length];
        for (int i = 0, offset = 0; i < points.length; offset += Character.charCount(points[i]), i++) {
            ends[i] = boundaries.get(offset);
        }
        return ends;
    }

    /**
     * Break positions for {@code lines} lines each within {@code width}, each nearest its even
     * share and, where {@code wordEnds} is given, between words; null if none do.
     */
    private static List<Integer> breaks(int[] points, float[] before, int lines, float width, boolean[] wordEnds) {
        float total = before[points.length];
        List<Integer> breaks = new ArrayList<>();
        int from = 0;
        for (int k = 1; k < lines; k++) {
            float target = total * k / lines;
            int best = -1;
            for (int at = from + 1; at < points.length; at++) {
                if (!mayBreak(points, at) || wordEnds != null && !wordEnds[at] || before[at] - before[from] > width) {
                    continue;
                }
                if (best < 0 || Math.abs(before[at] - target) < Math.abs(before[best] - target)) {
                    best = at;
                }
            }
            if (best < 0) {
                return null;
            }
            breaks.add(best);
            from = best;
        }
        return total - before[from] <= width ? breaks : null;
    }

    private static boolean mayBreak(int[] points, int at) {
        return Punctuation.mayBreakBetween(points[at - 1], points[at]);
    }
}
