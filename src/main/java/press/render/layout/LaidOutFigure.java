package press.render.layout;

import java.util.Objects;

/**
 * A picture placed centred in the text block at {@code width} × {@code height} points, as PNG
 * or JPEG bytes (copied in and out); {@code alternative} is what a reader who cannot see it is
 * told instead (its caption, or that it is a picture).
 */
public record LaidOutFigure(byte[] data, boolean png, float width, float height, String alternative)
        implements Part {

    public LaidOutFigure {
        data = Objects.requireNonNull(data, "figure data").clone();
        Objects.requireNonNull(alternative, "alternative");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a figure needs a size");
        }
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
