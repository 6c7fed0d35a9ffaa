package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import press.render.layout.ChartData;
import press.render.layout.LaidOutChart;
import press.render.pdf.PdfChartText.Anchor;

/** A line chart's series: a polyline through the categories' centres in the series' dash, a marker on each point, its value above it (under it for every other series). */
final class PdfChartLines {

    private final PdfChartText text;

    PdfChartLines(PdfChartText text) {
        this.text = text;
    }

    void draw(PdfContentByte canvas, LaidOutChart chart, float plotLeft, float slot, float bottom, float height,
              float size) {
        ChartData model = chart.chart();
        int count = model.categories().size();
        for (int s = 0; s < model.series().size(); s++) {
            float[] xs = new float[count];
            float[] ys = new float[count];
            for (int c = 0; c < count; c++) {
                xs[c] = plotLeft + slot * (c + 0.5f);
                ys[c] = bottom + (float) chart.scale().fraction(model.bars(c).get(s).to()) * height;
            }
            canvas.saveState();
            PdfChartFills.line(canvas, s);
            canvas.moveTo(xs[0], ys[0]);
            for (int c = 1; c < count; c++) {
                canvas.lineTo(xs[c], ys[c]);
            }
            canvas.stroke();
            canvas.restoreState();
            for (int c = 0; c < count; c++) {
                PdfChartFills.marker(canvas, s, xs[c], ys[c], size * 0.55f);
                if (model.labels()) {
                    // every other series carries its values under its points, so close lines keep theirs apart
                    float baseline = s % 2 == 0 ? ys[c] + size * 0.5f : ys[c] - size * 1.2f;
                    text.draw(canvas, chart.values().get(s).get(c), size, xs[c], baseline, Anchor.CENTER, 0);
                }
            }
        }
    }
}
