package press.figures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One figure against one earlier issue, worded: the direction, the word (增长, 下降, 提高 …),
 * the printed change ("3.2%", "0.38个百分点"; empty for 持平, 略有增长 and a missing base), the
 * clause a sentence carries ("环比增长3.2%", "上月无办件"), and the figures it was worked from.
 * {@code exact} is the change as arithmetic gives it, in percent or in points; null without a base.
 */
public record Change(Base base, Direction direction, String word, String figure, String text, BigDecimal before,
                     BigDecimal now, BigDecimal exact) {

    /** Which way a figure went; {@code NO_BASE} where the earlier issue had nothing to compare with. */
    public enum Direction { UP, DOWN, SAME, NO_BASE }

    public Change {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(text, "text");
        if ((exact == null) != (direction == Direction.NO_BASE)) {
            throw new IllegalArgumentException("a change has an exact value exactly when it has a base");
        }
    }

    /** As templates see it: base, direction, word, figure, text, before, now. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("base", base.key());
        map.put("direction", direction.name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        map.put("word", word);
        map.put("figure", figure);
        map.put("text", text);
        if (before != null) {
            map.put("before", before);
        }
        map.put("now", now);
        return map;
    }
}
