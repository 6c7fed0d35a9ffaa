package press.render.page;

import press.render.layout.ChartData;
import press.render.layout.LaidOutChart;
import press.render.page.ChartPen.Anchor;

/** A line chart's series: a polyline through the categories' centres in the series' dash, a marker on each point, its value above it (under it for every other series). */
final class ChartLines {

    private final ChartPen pen;
    private final ChartMarks marks;

    ChartLines(ChartPen pen, ChartMarks marks) {
        this.pen = pen;
        this.marks = marks;
    }

    void draw(LaidOutChart chart, float plotLeft, float slot, float bottom, float height, float size) {
        ChartData model = chart.chart();
        int count = model.categories().size();
        for (int s = 0; s < model.series().size(); s++) {
            float[] xs = new float[count];
            float[] ys = new float[count];
            PathBuilder line = new PathBuilder();
            for (int c = 0; c < count; c++) {
                xs[c] = plotLeft + slot * (c + 0.5f);
                ys[c] = bottom + (float) chart.scale().fraction(model.bars(c).get(s).to()) * height;
                if (c == 0) {
                    line.moveTo(xs[c], ys[c]);
                } else {
                    line.lineTo(xs[c], ys[c]);
                }
            }
            marks.line(s, line);
            for (int c = 0; c < count; c++) {
                marks.marker(s, xs[c], ys[c], size * 0.55f);
                if (model.labels()) {
                    // every other series carries its values under its points, so close lines keep theirs apart
                    float baseline = s % 2 == 0 ? ys[c] + size * 0.5f : ys[c] - size * 1.2f;
                    pen.text(chart.values().get(s).get(c), size, xs[c], baseline, Anchor.CENTER, 0);
                }
            }
        }
    }
}
