package press.render.layout;

import java.util.Objects;
import press.fonts.FontFace;

/** A forced line break, in the face of its paragraph's role (a PDF line's height comes from it). */
public record BreakSpan(FontFace face) implements Span {

    public BreakSpan {
        Objects.requireNonNull(face, "face");
    }
}
