package press.render.compose;

import java.util.Objects;
import press.fonts.FontFace;

/**
 * Characters of one span set in one face, each followed by {@code spacing} points beyond its
 * advance (tracking, the justification share, or minus the blank a compressed mark gives up);
 * a shaped run is one cluster drawn whole.
 */
public record SetRun(int span, FontFace face, String text, float spacing, boolean shaped) {

    public SetRun {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(text, "text");
        if (span < 0) {
            throw new IllegalArgumentException("span must not be negative");
        }
    }
}
