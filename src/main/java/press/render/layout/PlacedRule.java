package press.render.layout;

/**
 * A horizontal rule at a fixed place: it starts {@code x} from the text block's left edge, its
 * centre line {@code y} below the text block's top edge, {@code length} long and
 * {@code width} thick, in {@code color} (0xRRGGBB).
 */
public record PlacedRule(float x, float y, float length, float width, int color) {

    public PlacedRule {
        if (length <= 0 || width <= 0) {
            throw new IllegalArgumentException("a rule needs a length and a width");
        }
    }
}
