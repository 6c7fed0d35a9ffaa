package press.render.page;

import java.util.Objects;

/**
 * A picture (PNG or JPEG bytes, copied in and out) drawn into the rectangle whose top left
 * corner is ({@code x}, {@code y}), {@code blend}ed with what is under it.
 */
public record PlacedImage(byte[] data, boolean png, float x, float y, float width, float height, Blend blend, Tag tag)
        implements PageItem {

    public PlacedImage {
        data = Objects.requireNonNull(data, "data").clone();
        Objects.requireNonNull(blend, "blend");
        Objects.requireNonNull(tag, "tag");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a picture needs a size");
        }
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
