package press.render.pdf;

import java.awt.Color;
import press.render.page.PathSegment;
import press.render.page.VectorPath;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * Draws the page model's vector paths (a chart's bars, slices, hatching, lines and markers) in
 * a saved graphics state of their own, so their dash and clip end with them.
 */
final class PdfPaths {

    private PdfPaths() {
    }

    /** Draws the path on a sheet {@code height} points high. */
    static void draw(PdfContentByte canvas, VectorPath path, float height) {
        canvas.saveState();
        if (!path.clip().isEmpty()) {
            trace(canvas, path.clip(), height);
            canvas.clip();
            canvas.newPath();
        }
        if (path.filled()) {
            canvas.setColorFill(new Color(path.fill()));
        }
        if (path.stroked()) {
            canvas.setLineWidth(path.stroke());
            canvas.setColorStroke(new Color(path.strokeColor()));
            if (!path.dash().isEmpty()) {
                float[] dash = new float[path.dash().size()];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = path.dash().get(i);
                }
                canvas.setLineDash(dash, 0);
            }
        }
        trace(canvas, path.segments(), height);
        if (path.filled() && path.stroked()) {
            canvas.fillStroke();
        } else if (path.filled()) {
            canvas.fill();
        } else {
            canvas.stroke();
        }
        canvas.restoreState();
    }

    private static void trace(PdfContentByte canvas, java.util.List<PathSegment> segments, float height) {
        if (rectangle(canvas, segments, height)) {
            return;
        }
        for (PathSegment segment : segments) {
            switch (segment) {
                case PathSegment.MoveTo move -> canvas.moveTo(move.x(), height - move.y());
                case PathSegment.LineTo line -> canvas.lineTo(line.x(), height - line.y());
                case PathSegment.CurveTo curve -> canvas.curveTo(curve.x1(), height - curve.y1(), curve.x2(),
                        height - curve.y2(), curve.x3(), height - curve.y3());
                case PathSegment.Close close -> canvas.closePath();
            }
        }
    }

    /** Writes a closed rectangle along the axes as one {@code re} operator, as the chart's bars always were; says whether it did. */
    private static boolean rectangle(PdfContentByte canvas, java.util.List<PathSegment> segments, float height) {
        if (segments.size() != 5 || !(segments.get(0) instanceof PathSegment.MoveTo p0)
                || !(segments.get(1) instanceof PathSegment.LineTo p1) || !(segments.get(2) instanceof PathSegment.LineTo p2)
                || !(segments.get(3) instanceof PathSegment.LineTo p3) || !(segments.get(4) instanceof PathSegment.Close)) {
            return false;
        }
        if (p1.y() != p0.y() || p2.x() != p1.x() || p3.y() != p2.y() || p3.x() != p0.x()) {
            return false;
        }
        float bottom = height - p0.y();
        canvas.rectangle(p0.x(), bottom, p1.x() - p0.x(), (height - p2.y()) - bottom);
        return true;
    }
}
