package press.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image as the service re-encoded it (PNG or JPEG, never the bytes it was given), with its
 * size in pixels; the bytes are copied in and out.
 */
public final class Picture {

    /** The two formats a document carries. */
    public enum Format { PNG, JPEG }

    private final byte[] data;
    private final Format format;
    private final int width;
    private final int height;

    public Picture(byte[] data, Format format, int width, int height) {
        Objects.requireNonNull(data, "picture data");
        this.format = Objects.requireNonNull(format, "picture format");
        if (width <= 0 || height <= 0 || data.length == 0) {
            throw new IllegalArgumentException("a picture needs pixels");
        }
        this.data = data.clone();
        this.width = width;
        this.height = height;
    }

    public byte[] data() {
        return data.clone();
    }

    public Format format() {
        return format;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Picture picture && format == picture.format && Arrays.equals(data, picture.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return format.name().toLowerCase() + " " + width + "×" + height;
    }
}
