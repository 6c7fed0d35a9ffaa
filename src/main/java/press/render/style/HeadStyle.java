package press.render.style;

import java.util.List;
import java.util.Objects;

/**
 * Where a 公文's 版头 goes, as distances the standard gives (GB/T 9704-2012 §7.2, §10.1), all
 * in points and measured between em boxes and the centre lines of rules: the 发文机关标志's top
 * ({@code markTop} below the text block's top, or the page's with {@code markFromPage}), a
 * joint document's organs {@code markLeading} apart (0: 1.2 times the 标志's size); the
 * 发文字号, the red rule and the notices (份号, 密级, 紧急程度) each {@code gap} after what they
 * follow; the title {@code titleGap} below the lowest of them; the body {@code bodyLines} blank
 * lines under the title, on the line grid. {@code strokes} are the rule's line widths with the
 * gaps between them (width, gap, width, …); an empty {@code footStrokes} draws no rule at the
 * foot of the first page.
 */
public record HeadStyle(float markTop, boolean markFromPage, float markLeading,
                        Anchor numberAfter, float numberGap, Align numberAlign,
                        Anchor ruleAfter, float ruleGap, float ruleLength, int ruleColor, List<Float> strokes,
                        Anchor noticesAfter, float noticesGap, float titleGap, int bodyLines,
                        float footBottom, float footLength, List<Float> footStrokes) {

    /** What an element of the head is placed after. */
    public enum Anchor { TEXT_BLOCK, MARK, NUMBER, RULE }

    public HeadStyle {
        Objects.requireNonNull(numberAfter, "numberAfter");
        Objects.requireNonNull(ruleAfter, "ruleAfter");
        Objects.requireNonNull(noticesAfter, "noticesAfter");
        Objects.requireNonNull(numberAlign, "numberAlign");
        strokes = List.copyOf(strokes);
        footStrokes = List.copyOf(footStrokes);
        // none at all is a head without a rule, as a 命令 has
        if (!strokes.isEmpty() && strokes.size() % 2 == 0) {
            throw new IllegalArgumentException("head rule strokes are widths with gaps between them: width, gap, width …");
        }
        if (!footStrokes.isEmpty() && footStrokes.size() % 2 == 0) {
            throw new IllegalArgumentException("head foot strokes are widths with gaps between them: width, gap, width …");
        }
        if (ruleAfter == Anchor.RULE || numberAfter == Anchor.NUMBER || (numberAfter == Anchor.RULE && ruleAfter == Anchor.NUMBER)) {
            throw new IllegalArgumentException("the head's number and rule cannot each follow the other");
        }
        if (bodyLines < 0) {
            throw new IllegalArgumentException("head bodyLines must not be negative");
        }
    }
}
