package press.render.page;

import java.util.Objects;

/** A straight line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}), {@code width} points thick, in {@code color} (0xRRGGBB). */
public record Rule(float x1, float y1, float x2, float y2, float width, int color, Tag tag) implements PageItem {

    public Rule {
        Objects.requireNonNull(tag, "tag");
        if (width <= 0) {
            throw new IllegalArgumentException("a rule needs a width");
        }
    }
}
