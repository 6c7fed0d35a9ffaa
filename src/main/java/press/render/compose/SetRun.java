package press.render.compose;

import java.util.Objects;
import press.fonts.FontFace;

/**
 * Characters of one span set in one face, each drawn in {@code form} and followed by
 * {@code spacing} points beyond its drawn advance (tracking, the justification share, or what is
 * left of a compressed mark's blank); a shaped run is one cluster drawn whole.
 */
public record SetRun(int span, FontFace face, String text, float spacing, GlyphForm form) {

    public SetRun {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        if (span < 0) {
            throw new IllegalArgumentException("span must not be negative");
        }
    }

    public boolean shaped() {
        return form == GlyphForm.CLUSTER;
    }
}
