package press.render.page;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import press.render.layout.ChartData;
import press.render.layout.LaidOutChart;
import press.render.page.ChartPen.Anchor;
import press.render.style.ChartStyle;

/** A pie: slices clockwise from twelve o'clock in the style sheet's fills, each value on its slice, the categories in a legend at the right. */
final class ChartPie {

    /** A slice narrower than this (degrees) carries its value outside. */
    private static final float NARROW = 14f;

    private final ChartPen pen;
    private final ChartMarks marks;
    private final ChartStyle palette;

    ChartPie(ChartPen pen, ChartMarks marks, ChartStyle palette) {
        this.pen = pen;
        this.marks = marks;
        this.palette = palette;
    }

    void draw(LaidOutChart chart, float left, float width, float top, float bottom, float size) {
        ChartData model = chart.chart();
        List<BigDecimal> values = model.series().get(0).values();
        double total = values.stream().mapToDouble(BigDecimal::doubleValue).sum();
        float radius = Math.min((top - bottom) / 2 - size, width * 0.25f) * 0.95f;
        float cx = left + width * 0.3f;
        float cy = (top + bottom) / 2;
        double start = 90;
        for (int c = 0; c < values.size(); c++) {
            double extent = -360 * values.get(c).doubleValue() / total;
            if (extent == 0) {
                continue;
            }
            float from = (float) start;
            Supplier<PathBuilder> wedge = () -> new PathBuilder().wedge(cx, cy, radius, from, (float) extent);
            marks.fill(c, wedge, cx - radius, cy - radius, radius * 2, radius * 2);
            marks.outline(wedge.get());
            if (model.labels()) {
                double middle = Math.toRadians(start + extent / 2);
                boolean outside = Math.abs(extent) < NARROW;
                float reach = outside ? radius * 1.15f : radius * 0.66f;
                float x = cx + (float) Math.cos(middle) * reach;
                float y = cy + (float) Math.sin(middle) * reach - size * 0.35f;
                pen.text(chart.values().get(0).get(c), size, x, y, Anchor.CENTER, 0,
                        !outside && palette.dark(c) ? ChartPen.WHITE : ChartPen.BLACK);
            }
            start += extent;
        }
        float x = left + width * 0.62f;
        float step = size * 1.6f;
        float y = cy + step * values.size() / 2 - size;
        for (int c = 0; c < values.size(); c++) {
            marks.rectangle(c, x, y - size * 0.1f, size * 1.1f, size * 0.9f);
            pen.text(chart.categories().get(c), size, x + size * 1.7f, y, Anchor.LEFT, 0);
            y -= step;
        }
    }
}
