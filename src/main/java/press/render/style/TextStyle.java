package press.render.style;

import java.util.Objects;

/**
 * How one text role looks. Sizes and spacings are in points; {@code indent} is the first-line
 * indent in characters; {@code leading} is the distance between baselines; {@code marker} is
 * printed before the text (the ● of the 简报 headings); colours are 0xRRGGBB.
 */
public record TextStyle(String font, float size, int color, Align align, float indent, float leading,
                        float spaceBefore, float spaceAfter, float letterSpacing, String marker) {

    public TextStyle {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(align, "align");
        marker = marker == null ? "" : marker;
        if (size <= 0 || leading <= 0) {
            throw new IllegalArgumentException("size and leading must be positive");
        }
    }

    /** The advance of one full-width character, spacing included: the unit of indents. */
    public float characterWidth() {
        return size + letterSpacing;
    }
}
