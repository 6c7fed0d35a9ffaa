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

    /** This style at {@code scale} times its sizes and spacings (a shrunk table's cells). */
    public TextStyle scaled(float scale) {
        return scale == 1 ? this : new TextStyle(font, size * scale, color, align, indent, leading * scale,
                spaceBefore * scale, spaceAfter * scale, letterSpacing * scale, marker);
    }

    /** The advance of one full-width character, spacing included: the unit of indents. */
    public float characterWidth() {
        return size + letterSpacing;
    }
}
