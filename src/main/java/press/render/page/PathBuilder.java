package press.render.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds path segments in a chart's drawing space, whose y grows upwards (the space the chart
 * geometry was first written in, for the PDF), turning each point into the page's space by
 * negating y: the drawing's origin is the sheet's top left corner.
 */
final class PathBuilder {

    /** How far a circle's control points lie along its tangents, as a share of its radius. */
    private static final float CIRCLE = 0.5523f;

    private final List<PathSegment> segments = new ArrayList<>();

    PathBuilder moveTo(float x, float y) {
        segments.add(new PathSegment.MoveTo(x, -y));
        return this;
    }

    PathBuilder lineTo(float x, float y) {
        segments.add(new PathSegment.LineTo(x, -y));
        return this;
    }

    PathBuilder curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        segments.add(new PathSegment.CurveTo(x1, -y1, x2, -y2, x3, -y3));
        return this;
    }

    PathBuilder close() {
        segments.add(PathSegment.CLOSE);
        return this;
    }

    /** A rectangle from its lower left corner, counter-clockwise, closed. */
    PathBuilder rectangle(float x, float y, float width, float height) {
        return moveTo(x, y).lineTo(x + width, y).lineTo(x + width, y + height).lineTo(x, y + height).close();
    }

    /** A circle as four curves, from its rightmost point. */
    PathBuilder circle(float x, float y, float r) {
        float b = CIRCLE;
        moveTo(x + r, y);
        curveTo(x + r, y + r * b, x + r * b, y + r, x, y + r);
        curveTo(x - r * b, y + r, x - r, y + r * b, x - r, y);
        curveTo(x - r, y - r * b, x - r * b, y - r, x, y - r);
        return curveTo(x + r * b, y - r, x + r, y - r * b, x + r, y);
    }

    /**
     * A pie slice: from the centre out along {@code start} degrees, round {@code extent} degrees
     * (clockwise where negative) in curves of at most a quarter turn, back to the centre.
     */
    PathBuilder wedge(float cx, float cy, float r, float start, float extent) {
        int pieces = Math.abs(extent) <= 90f ? 1 : (int) Math.ceil(Math.abs(extent) / 90f);
        float piece = extent / pieces;
        float half = (float) (piece * Math.PI / 360.0);
        float kappa = (float) Math.abs(4.0 / 3.0 * (1.0 - Math.cos(half)) / Math.sin(half));
        moveTo(cx, cy);
        for (int i = 0; i < pieces; i++) {
            float theta0 = (float) ((start + i * piece) * Math.PI / 180.0);
            float theta1 = (float) ((start + (i + 1) * piece) * Math.PI / 180.0);
            float cos0 = (float) Math.cos(theta0);
            float cos1 = (float) Math.cos(theta1);
            float sin0 = (float) Math.sin(theta0);
            float sin1 = (float) Math.sin(theta1);
            float k = piece > 0 ? kappa : -kappa;
            if (i == 0) {
                lineTo(cx + r * cos0, cy + r * sin0);
            }
            curveTo(cx + r * (cos0 - k * sin0), cy + r * (sin0 + k * cos0), cx + r * (cos1 + k * sin1),
                    cy + r * (sin1 - k * cos1), cx + r * cos1, cy + r * sin1);
        }
        return close();
    }

    List<PathSegment> segments() {
        return List.copyOf(segments);
    }
}
