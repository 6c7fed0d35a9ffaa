package press.render.page;

import java.util.Objects;

/**
 * A bookmark: its title, its level (0 for the document's title, 1 for a first-level heading or an
 * appendix, deeper for lower headings), and where it points: page {@code page} (from 0), at
 * {@code y} points below the sheet's top.
 */
public record OutlineEntry(String title, int level, int page, float y) {

    public OutlineEntry {
        Objects.requireNonNull(title, "title");
        if (level < 0 || page < 0) {
            throw new IllegalArgumentException("an outline entry has a level and a page");
        }
    }
}
