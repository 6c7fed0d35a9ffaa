package press.render.page;

import java.util.List;
import java.util.Objects;

/**
 * One sheet as printed: its size in points ({@code width} × {@code height}, wider than high for a
 * landscape page), the page number it prints ({@code label}, empty where it prints none), and
 * what is placed on it in painting order.
 */
public record Page(float width, float height, String label, List<PageItem> items) {

    public Page {
        Objects.requireNonNull(label, "label");
        items = List.copyOf(items);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a page needs a size");
        }
    }

    public boolean landscape() {
        return width > height;
    }

    /** Whether the page prints its number. */
    public boolean numbered() {
        return !label.isEmpty();
    }
}
