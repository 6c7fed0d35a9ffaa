package press.render.page;

/**
 * One step of a {@link VectorPath}, in points from the sheet's top left corner, y growing
 * downwards: a move to a new subpath, a straight line, a cubic Bézier curve, or the close of the
 * current subpath back to its start.
 */
public sealed interface PathSegment permits PathSegment.MoveTo, PathSegment.LineTo, PathSegment.CurveTo,
        PathSegment.Close {

    /** Closes the current subpath. */
    PathSegment CLOSE = new Close();

    record MoveTo(float x, float y) implements PathSegment {
    }

    record LineTo(float x, float y) implements PathSegment {
    }

    /** A cubic Bézier curve through control points ({@code x1}, {@code y1}) and ({@code x2}, {@code y2}) to ({@code x3}, {@code y3}). */
    record CurveTo(float x1, float y1, float x2, float y2, float x3, float y3) implements PathSegment {
    }

    record Close() implements PathSegment {
    }
}
