package press.render.page;

import java.util.List;
import java.util.Objects;

/**
 * A path of straight lines and Bézier curves (a chart's bars, slices, hatching, series lines
 * and markers), filled in {@code fill} (0xRRGGBB, or {@link Box#NONE}; nonzero winding) and then
 * stroked {@code stroke} points thick in {@code strokeColor} (no stroke at 0) with the dash
 * pattern {@code dash} (on and off lengths in points; solid when empty), all of it shown only
 * inside {@code clip} where that is not empty (a hatching inside its slice).
 */
public record VectorPath(List<PathSegment> segments, int fill, float stroke, int strokeColor, List<Float> dash,
                         List<PathSegment> clip, Tag tag) implements PageItem {

    public VectorPath {
        segments = List.copyOf(segments);
        dash = List.copyOf(dash);
        clip = List.copyOf(clip);
        Objects.requireNonNull(tag, "tag");
        if (segments.isEmpty() || !(segments.get(0) instanceof PathSegment.MoveTo)) {
            throw new IllegalArgumentException("a path starts with a move");
        }
        if (!clip.isEmpty() && !(clip.get(0) instanceof PathSegment.MoveTo)) {
            throw new IllegalArgumentException("a clipping path starts with a move");
        }
        if (stroke < 0 || fill == Box.NONE && stroke == 0) {
            throw new IllegalArgumentException("a path is filled or stroked");
        }
    }

    public boolean filled() {
        return fill != Box.NONE;
    }

    public boolean stroked() {
        return stroke > 0;
    }
}
