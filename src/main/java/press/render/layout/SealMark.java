package press.render.layout;

import java.util.Objects;

/**
 * The seal pressed over a signature, as PNG bytes: its centre {@code centreX} from the text
 * block's left edge and {@code raise} points above the middle between the 署名's and the date's
 * em centres, {@code diameter} points wide. The bytes are copied in and out.
 */
public record SealMark(byte[] png, float centreX, float raise, float diameter) {

    public SealMark {
        png = Objects.requireNonNull(png, "png").clone();
        if (diameter <= 0) {
            throw new IllegalArgumentException("a seal needs a size");
        }
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
