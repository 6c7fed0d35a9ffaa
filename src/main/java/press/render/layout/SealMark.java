package press.render.layout;

import java.util.Objects;

/**
 * A seal pressed over a signature (an organ's 印章 or a signer's 签名章), as PNG bytes,
 * {@code width} points wide: its centre {@code centreX} from the text block's left edge and
 * {@code below} points under the em centre of the last line of signature row {@code row}. The
 * bytes are copied in and out.
 */
public record SealMark(byte[] png, float centreX, int row, float below, float width) {

    public SealMark {
        png = Objects.requireNonNull(png, "png").clone();
        if (width <= 0 || row < 0) {
            throw new IllegalArgumentException("a seal needs a size and a row");
        }
    }

    /** The seal's height at its width, by its picture's shape. */
    public float height() {
        return width * PictureSize.aspect(png);
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
