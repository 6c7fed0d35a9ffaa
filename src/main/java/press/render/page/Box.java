package press.render.page;

import java.util.Objects;

/**
 * A rectangle with its top left corner at ({@code x}, {@code y}): filled in {@code fill}
 * (0xRRGGBB, or {@link #NONE}) and outlined {@code stroke} points thick in {@code strokeColor}
 * (no outline at 0), as a table cell's border and tint are.
 */
public record Box(float x, float y, float width, float height, int fill, float stroke, int strokeColor, Tag tag)
        implements PageItem {

    /** No fill. */
    public static final int NONE = -1;

    public Box {
        Objects.requireNonNull(tag, "tag");
        if (width < 0 || height < 0 || stroke < 0 || fill == NONE && stroke == 0) {
            throw new IllegalArgumentException("a box has a size and a fill or an outline");
        }
    }
}
