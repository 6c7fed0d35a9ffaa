package press.model;

import java.util.Arrays;
import java.util.Objects;

/** A seal (印章) as a PNG image, transparent around the seal's red; the bytes are copied in and out. */
public final class Seal {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final byte[] png;

    public Seal(byte[] png) {
        Objects.requireNonNull(png, "seal");
        if (png.length <= PNG_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(png, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            throw new IllegalArgumentException("a seal must be a PNG image");
        }
        this.png = png.clone();
    }

    public byte[] png() {
        return png.clone();
    }

    /** How many bytes the image holds, for the model dump. */
    public int size() {
        return png.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Seal seal && Arrays.equals(png, seal.png);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "Seal[" + png.length + " bytes]";
    }
}
