package press.render.layout;

import java.util.Objects;

/** A cell of the closing block: {@code colSpan} of its two columns, holding one paragraph in the closing role. */
public record ClosingCell(int colSpan, TextParagraph paragraph) {

    public ClosingCell {
        Objects.requireNonNull(paragraph, "paragraph");
        if (colSpan < 1 || colSpan > 2) {
            throw new IllegalArgumentException("a closing cell spans one or two columns");
        }
    }
}
