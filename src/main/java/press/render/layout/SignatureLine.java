package press.render.layout;

import java.util.Objects;

/**
 * One line of a signature in row {@code row} (0 is the first, one body line each, a row taking
 * more when its text wraps): a 署名, the date or the signer's post, placed by its indent.
 */
public record SignatureLine(TextParagraph text, int row) {

    public SignatureLine {
        Objects.requireNonNull(text, "text");
        if (row < 0) {
            throw new IllegalArgumentException("a signature row is not negative");
        }
    }
}
