package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import press.render.layout.ChartData;
import press.render.layout.LaidOutChart;
import press.render.pdf.PdfChartText.Anchor;
import press.render.style.ChartStyle;

/** A pie: slices clockwise from twelve o'clock in the style sheet's fills, each value on its slice, the categories in a legend at the right. */
final class PdfChartPie {

    /** A slice narrower than this (degrees) carries its value outside. */
    private static final float NARROW = 14f;

    private final PdfChartText text;
    private final ChartStyle palette;

    PdfChartPie(PdfChartText text, ChartStyle palette) {
        this.text = text;
        this.palette = palette;
    }

    void draw(PdfContentByte canvas, LaidOutChart chart, float left, float width, float top, float bottom, float size) {
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
            double from = start;
            int fill = c;
            Runnable wedge = () -> wedge(canvas, cx, cy, radius, (float) from, (float) extent);
            PdfChartFills.fill(canvas, palette, fill, wedge, cx - radius, cy - radius, radius * 2, radius * 2);
            PdfChartFills.outline(canvas, wedge);
            if (model.labels()) {
                double middle = Math.toRadians(start + extent / 2);
                boolean outside = Math.abs(extent) < NARROW;
                float reach = outside ? radius * 1.15f : radius * 0.66f;
                float x = cx + (float) Math.cos(middle) * reach;
                float y = cy + (float) Math.sin(middle) * reach - size * 0.35f;
                text.draw(canvas, chart.values().get(0).get(c), size, x, y, Anchor.CENTER, 0,
                        !outside && palette.dark(c) ? Color.WHITE : Color.BLACK);
            }
            start += extent;
        }
        float x = left + width * 0.62f;
        float step = size * 1.6f;
        float y = cy + step * values.size() / 2 - size;
        for (int c = 0; c < values.size(); c++) {
            PdfChartFills.rectangle(canvas, palette, c, x, y - size * 0.1f, size * 1.1f, size * 0.9f);
            text.draw(canvas, chart.categories().get(c), size, x + size * 1.7f, y, Anchor.LEFT, 0);
            y -= step;
        }
    }

    /** A slice's outline: from the centre out along {@code start}, round {@code extent} degrees, back to the centre. */
    private static void wedge(PdfContentByte canvas, float cx, float cy, float r, float start, float extent) {
        List<float[]> curves = PdfContentByte.bezierArc(cx - r, cy - r, cx + r, cy + r, start, extent);
        canvas.moveTo(cx, cy);
        canvas.lineTo(curves.get(0)[0], curves.get(0)[1]);
        for (float[] curve : curves) {
            canvas.curveTo(curve[2], curve[3], curve[4], curve[5], curve[6], curve[7]);
        }
        canvas.closePath();
    }
}
