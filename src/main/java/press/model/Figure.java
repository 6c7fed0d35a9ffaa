package press.model;

import java.util.Objects;

/**
 * A picture in the body (a photo of an event, a QR code, a scanned signature) with its caption
 * under it; {@code width} is its printed width in millimetres, 0 for as wide as its pixels at
 * 150 dpi allow within the text block.
 */
public record Figure(Picture picture, String caption, float width) implements Block {

    public Figure {
        Objects.requireNonNull(picture, "picture");
        caption = Checks.optionalText(caption);
        if (width < 0 || width > 1000) {
            throw new IllegalArgumentException("a figure's width is 0 (natural) or up to 1000 mm");
        }
    }
}
