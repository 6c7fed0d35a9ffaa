package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.fonts.FontRun;
import press.render.layout.ChartText;
import press.render.layout.Span;
import press.render.layout.TextSpan;

/**
 * Collects one chart's drawing as page items, in painting order, all tied to the chart's tag.
 * Points come in the chart's drawing space (y upwards, see {@link PathBuilder}); texts are set
 * in the document's fonts at the size their widths were laid out at, with no spacing of their own.
 */
final class ChartPen {

    enum Anchor { LEFT, CENTER, RIGHT }

    static final int BLACK = 0x000000;
    static final int WHITE = 0xFFFFFF;

    private final Lines lines;
    private final Tag tag;
    private final List<PageItem> items = new ArrayList<>();

    ChartPen(Lines lines, Tag tag) {
        this.lines = lines;
        this.tag = tag;
    }

    /**
     * {@code label} at {@code size} with its baseline through ({@code x}, {@code y}), anchored
     * there, turned {@code degrees} counter-clockwise about that point, in {@code color}.
     */
    void text(ChartText label, float size, float x, float y, Anchor anchor, float degrees, int color) {
        if (label.isEmpty()) {
            return;
        }
        List<FontRun> fontRuns = new ArrayList<>();
        for (Span span : label.spans()) {
            if (span instanceof TextSpan text) {
                fontRuns.addAll(text.runs());
            }
        }
        float shift = switch (anchor) {
            case LEFT -> 0;
            case CENTER -> -label.width() / 2;
            case RIGHT -> -label.width();
        };
        double turn = Math.toRadians(degrees);
        float cos = (float) Math.cos(turn);
        float sin = (float) Math.sin(turn);
        items.add(new TextLine(x + shift * cos, -(y + shift * sin), degrees, lines.plain(fontRuns, size, color), tag));
    }

    void text(ChartText label, float size, float x, float y, Anchor anchor, float degrees) {
        text(label, size, x, y, anchor, degrees, BLACK);
    }

    /** A straight rule from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}). */
    void rule(float x0, float y0, float x1, float y1, int color, float width) {
        items.add(new Rule(x0, -y0, x1, -y1, width, color, tag));
    }

    void fill(PathBuilder path, int color) {
        items.add(new VectorPath(path.segments(), color, 0, BLACK, List.of(), List.of(), tag));
    }

    void stroke(PathBuilder path, float width, int color, List<Float> dash) {
        items.add(new VectorPath(path.segments(), press.render.page.Box.NONE, width, color, dash, List.of(), tag));
    }

    void fillAndStroke(PathBuilder path, int fill, float width, int color) {
        items.add(new VectorPath(path.segments(), fill, width, color, List.of(), List.of(), tag));
    }

    /** Strokes {@code path} only where it lies inside {@code clip}. */
    void strokeInside(PathBuilder path, PathBuilder clip, float width, int color) {
        items.add(new VectorPath(path.segments(), press.render.page.Box.NONE, width, color, List.of(), clip.segments(),
                tag));
    }

    List<PageItem> items() {
        return List.copyOf(items);
    }
}
