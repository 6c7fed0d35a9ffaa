package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.render.style.PageStyle;

/**
 * A run of pages of one orientation: the body, then one per appendix. Each section starts a new
 * page; {@code page} is its sheet, already turned for a landscape section.
 */
public record Section(PageStyle page, boolean landscape, List<Part> parts) {

    public Section {
        Objects.requireNonNull(page, "page");
        parts = List.copyOf(parts);
    }
}
