package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.render.style.Role;

/**
 * One line of the 版头 at a fixed place: {@code x} from the text block's left edge, the top of
 * its em box {@code emTop} below the text block's top edge (negative above it), drawn
 * {@code scale} times its natural width with {@code spacing} points added after each character
 * (a joint document's organ names are spread to one width).
 */
public record PlacedText(Role role, List<Span> spans, float x, float emTop, float scale, float spacing) {

    public PlacedText {
        Objects.requireNonNull(role, "role");
        spans = List.copyOf(spans);
        if (scale <= 0 || scale > 1) {
            throw new IllegalArgumentException("a placed line is drawn at most at its natural width");
        }
    }
}
