package press.render.page;

import java.util.Objects;
import press.fonts.FontFace;
import press.render.compose.GlyphForm;

/**
 * Characters drawn in one face at one size, side by side, each followed by {@code spacing}
 * points beyond its advance, in {@code form}; {@code scale} below 1 narrows the glyphs (a joint
 * document's long organ name), {@code strong} strokes them as well as filling them. {@code width}
 * is the run's advance on its line, spacing and scale included.
 */
public record GlyphRun(FontFace face, float size, String text, float spacing, GlyphForm form, int color,
                       boolean strong, float scale, float width) {

    public GlyphRun {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        if (size <= 0 || scale <= 0 || scale > 1) {
            throw new IllegalArgumentException("a run needs a size and a scale of at most 1");
        }
    }
}
