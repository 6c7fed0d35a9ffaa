package press.render.page;

import java.util.List;
import java.util.function.Supplier;
import press.render.style.ChartStyle;

/**
 * A chart's marks on the style sheet's print palette ({@link ChartStyle}: by default greys
 * that differ in black-and-white print, hatched from the third on, so series and slices stay
 * apart on any printer); lines differ by dash and marker.
 */
final class ChartMarks {

    private static final List<List<Float>> DASHES = List.of(List.of(), List.of(4f, 2f), List.of(1f, 1.5f),
            List.of(5f, 1.5f, 1f, 1.5f), List.of(2.5f, 2.5f), List.of(8f, 2f));
    private static final float HATCH_GAP = 2.8f;
    /** The dark grey of every other line series: java.awt.Color's 0.35 grey. */
    private static final int DARK_GREY = 0x595959;

    private final ChartPen pen;
    private final ChartStyle palette;

    ChartMarks(ChartPen pen, ChartStyle palette) {
        this.pen = pen;
        this.palette = palette;
    }

    /** Fills the rectangle in series {@code index}'s fill and outlines it. */
    void rectangle(int index, float x, float y, float width, float height) {
        Supplier<PathBuilder> path = () -> new PathBuilder().rectangle(x, y, width, height);
        fill(index, path, x, y, width, height);
        outline(path.get());
    }

    /** Strokes the path with a thin black rule. */
    void outline(PathBuilder path) {
        pen.stroke(path, 0.4f, ChartPen.BLACK, List.of());
    }

    /** Fills the path in fill {@code index}: its colour, then its hatching inside the path, over the box that holds it. */
    void fill(int index, Supplier<PathBuilder> path, float x, float y, float width, float height) {
        pen.fill(path.get(), palette.fill(index));
        ChartStyle.Hatch hatch = palette.hatch(index);
        if (hatch.drawn()) {
            pen.strokeInside(hatch(hatch.degrees(), x, y, width, height), path.get(), 0.35f, ChartPen.BLACK);
        }
    }

    /** Lines across the box at {@code degrees}. */
    private static PathBuilder hatch(float degrees, float x, float y, float width, float height) {
        PathBuilder lines = new PathBuilder();
        double angle = Math.toRadians(degrees);
        float dx = (float) Math.cos(angle);
        float dy = (float) Math.sin(angle);
        float reach = width + height;
        float cx = x + width / 2;
        float cy = y + height / 2;
        for (float offset = -reach; offset <= reach; offset += HATCH_GAP) {
            float ox = cx - dy * offset;
            float oy = cy + dx * offset;
            lines.moveTo(ox - dx * reach, oy - dy * reach);
            lines.lineTo(ox + dx * reach, oy + dy * reach);
        }
        return lines;
    }

    /** Strokes line series {@code index}'s path: black or dark grey, its own dash. */
    void line(int index, PathBuilder path) {
        pen.stroke(path, 1.2f, index % 2 == 0 ? ChartPen.BLACK : DARK_GREY, DASHES.get(index % DASHES.size()));
    }

    /** Marks a point of line series {@code index}: a circle, square, triangle, diamond or a small filled square, {@code size} wide. */
    void marker(int index, float x, float y, float size) {
        float r = size / 2;
        PathBuilder shape = new PathBuilder();
        switch (index % 6) {
            case 0 -> shape.circle(x, y, r);
            case 1 -> shape.rectangle(x - r, y - r, size, size);
            case 2 -> shape.moveTo(x, y + r).lineTo(x + r, y - r).lineTo(x - r, y - r).close();
            case 3 -> shape.moveTo(x, y + r).lineTo(x + r, y).lineTo(x, y - r).lineTo(x - r, y).close();
            default -> shape.rectangle(x - r * 0.6f, y - r * 0.6f, size * 0.6f, size * 0.6f);
        }
        pen.fillAndStroke(shape, index % 6 >= 4 ? ChartPen.BLACK : ChartPen.WHITE, 0.8f, ChartPen.BLACK);
    }
}
