package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import press.render.layout.ChartData;
import press.render.layout.ChartScale;
import press.render.layout.ChartText;
import press.render.layout.LaidOutChart;
import press.render.pdf.PdfChartText.Anchor;
import press.render.style.StyleSheet;

/**
 * Draws a laid-out chart as vectors in its bands: the title, the legend, the value axis's title,
 * the plot with its gridlines on round figures, the category names under it (turned where they
 * do not fit their slots) or, for bars across, beside it. Bars, points and slices are filled
 * from the greyscale-safe palette ({@link PdfChartFills}); pies are drawn by
 * {@link PdfChartPie}.
 */
final class PdfChart {

    private static final Color GRID = new Color(0.78f, 0.78f, 0.78f);

    private final StyleSheet style;
    private final PdfChartText text;

    PdfChart(StyleSheet style, PdfFonts fonts) {
        this.style = style;
        this.text = new PdfChartText(fonts);
    }

    /** The chart with its top left corner at ({@code left}, {@code top}). */
    void draw(PdfContentByte canvas, LaidOutChart chart, float left, float top) {
        LaidOutChart.Bands bands = chart.bands();
        float size = style.role(chart.labelRole()).size() * chart.labelScale();
        float width = chart.width();
        float y = top;
        if (bands.title() > 0) {
            float titleSize = style.role(chart.titleRole()).size();
            float baseline = y - titleSize * 1.1f;
            text.draw(canvas, chart.title(), titleSize, left + width / 2, baseline, Anchor.CENTER, 0);
            text.draw(canvas, chart.valueAxis(), size, left + width, baseline, Anchor.RIGHT, 0);
        }
        y -= bands.title();
        if (bands.legend() > 0) {
            legend(canvas, chart, left + width / 2, y - size * 1.45f, size);
        }
        y -= bands.legend();
        if (bands.valueAxis() > 0) {
            text.draw(canvas, chart.valueAxis(), size, left, y - size * 1.3f, Anchor.LEFT, 0);
        }
        y -= bands.valueAxis();
        float plotTop = y;
        float plotBottom = y - bands.plot();
        ChartData model = chart.chart();
        switch (model.kind()) {
            case COLUMN, LINE -> upright(canvas, chart, left, left + width - size * 0.5f, plotTop, plotBottom, size);
            case BAR -> across(canvas, chart, left, left + width, plotTop, plotBottom, size);
            case PIE -> new PdfChartPie(text, style.chart()).draw(canvas, chart, left, width, plotTop, plotBottom, size);
        }
        if (bands.categoryAxis() > 0) {
            text.draw(canvas, chart.categoryAxis(), size, left + width / 2,
                    plotBottom - bands.underPlot() - size * 1.2f, Anchor.CENTER, 0);
        }
    }

    /** Columns or a line over categories along the bottom, values up the left. */
    private void upright(PdfContentByte canvas, LaidOutChart chart, float left, float right, float top, float bottom,
                         float size) {
        ChartData model = chart.chart();
        ChartScale scale = chart.scale();
        float widestTick = chart.ticks().stream().map(ChartText::width).max(Float::compare).orElse(0f);
        float plotLeft = left + widestTick + size * 0.6f;
        float height = top - bottom;
        List<BigDecimal> ticks = scale.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            float at = bottom + (float) scale.fraction(ticks.get(i)) * height;
            rule(canvas, plotLeft, at, right, at, GRID, 0.3f);
            text.draw(canvas, chart.ticks().get(i), size, plotLeft - size * 0.3f, at - size * 0.35f, Anchor.RIGHT, 0);
        }
        float zero = bottom + (float) scale.fraction(BigDecimal.ZERO) * height;
        rule(canvas, plotLeft, bottom, plotLeft, top, Color.BLACK, 0.6f);
        int count = model.categories().size();
        float slot = (right - plotLeft) / count;
        boolean turned = chart.bands().underPlot() > size * 1.8f + 0.01f;
        for (int c = 0; c < count; c++) {
            float centre = plotLeft + slot * (c + 0.5f);
            if (turned) {
                text.draw(canvas, chart.categories().get(c), size, centre + size * 0.3f, bottom - size * 0.9f,
                        Anchor.RIGHT, 45);
            } else {
                text.draw(canvas, chart.categories().get(c), size, centre, bottom - size * 1.25f, Anchor.CENTER, 0);
            }
        }
        if (model.kind() == ChartData.Kind.LINE) {
            new PdfChartLines(text).draw(canvas, chart, plotLeft, slot, bottom, height, size);
        } else {
            columns(canvas, chart, plotLeft, slot, bottom, height, size);
        }
        rule(canvas, plotLeft, zero, right, zero, Color.BLACK, 0.6f);
    }

    private void columns(PdfContentByte canvas, LaidOutChart chart, float plotLeft, float slot, float bottom,
                         float height, float size) {
        ChartData model = chart.chart();
        int seriesCount = model.series().size();
        float group = slot * 0.7f;
        float bar = model.stacked() ? group : group / seriesCount;
        for (int c = 0; c < model.categories().size(); c++) {
            float start = plotLeft + slot * c + (slot - group) / 2;
            List<ChartData.Bar> bars = model.bars(c);
            for (int s = 0; s < seriesCount; s++) {
                float x = model.stacked() ? start : start + bar * s;
                float y0 = bottom + (float) chart.scale().fraction(bars.get(s).from()) * height;
                float y1 = bottom + (float) chart.scale().fraction(bars.get(s).to()) * height;
                PdfChartFills.rectangle(canvas, style.chart(), s, x, Math.min(y0, y1), bar, Math.abs(y1 - y0));
                if (!model.labels()) {
                    continue;
                }
                ChartText label = chart.values().get(s).get(c);
                if (model.stacked()) {
                    if (Math.abs(y1 - y0) > size * 1.1f && label.width() < bar) {
                        text.draw(canvas, label, size, x + bar / 2, (y0 + y1) / 2 - size * 0.35f, Anchor.CENTER, 0,
                                style.chart().dark(s) ? Color.WHITE : Color.BLACK);
                    }
                } else {
                    float baseline = y1 >= y0 ? y1 + size * 0.25f : y1 - size * 1.0f;
                    text.draw(canvas, label, size, x + bar / 2, baseline, Anchor.CENTER, 0);
                }
            }
        }
    }

    /** Bars across: categories down the left, values along the bottom. */
    private void across(PdfContentByte canvas, LaidOutChart chart, float left, float right, float top, float bottom,
                        float size) {
        ChartData model = chart.chart();
        ChartScale scale = chart.scale();
        float widestName = chart.categories().stream().map(ChartText::width).max(Float::compare).orElse(0f);
        float widestValue = model.labels() ? chart.values().stream().flatMap(List::stream).map(ChartText::width)
                .max(Float::compare).orElse(0f) : 0;
        float plotLeft = left + widestName + size * 0.6f;
        float plotRight = right - Math.max(widestValue + size * 0.5f, size);
        float width = plotRight - plotLeft;
        List<BigDecimal> ticks = scale.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            float at = plotLeft + (float) scale.fraction(ticks.get(i)) * width;
            rule(canvas, at, bottom, at, top, GRID, 0.3f);
            text.draw(canvas, chart.ticks().get(i), size, at, bottom - size * 1.25f, Anchor.CENTER, 0);
        }
        float zero = plotLeft + (float) scale.fraction(BigDecimal.ZERO) * width;
        int count = model.categories().size();
        int seriesCount = model.series().size();
        float slot = (top - bottom) / count;
        float group = slot * 0.75f;
        float bar = model.stacked() ? group : group / seriesCount;
        for (int c = 0; c < count; c++) {
            float centre = top - slot * (c + 0.5f);
            text.draw(canvas, chart.categories().get(c), size, plotLeft - size * 0.4f, centre - size * 0.35f,
                    Anchor.RIGHT, 0);
            List<ChartData.Bar> bars = model.bars(c);
            for (int s = 0; s < seriesCount; s++) {
                float y = model.stacked() ? centre - group / 2 : centre + group / 2 - bar * (s + 1);
                float x0 = plotLeft + (float) scale.fraction(bars.get(s).from()) * width;
                float x1 = plotLeft + (float) scale.fraction(bars.get(s).to()) * width;
                PdfChartFills.rectangle(canvas, style.chart(), s, Math.min(x0, x1), y, Math.abs(x1 - x0), bar);
                if (!model.labels()) {
                    continue;
                }
                ChartText label = chart.values().get(s).get(c);
                if (model.stacked()) {
                    if (Math.abs(x1 - x0) > label.width() + size * 0.4f && bar > size) {
                        text.draw(canvas, label, size, (x0 + x1) / 2, y + bar / 2 - size * 0.35f, Anchor.CENTER,
                                0, style.chart().dark(s) ? Color.WHITE : Color.BLACK);
                    }
                } else {
                    text.draw(canvas, label, size, x1 + size * 0.25f, y + bar / 2 - size * 0.35f, Anchor.LEFT, 0);
                }
            }
        }
        rule(canvas, zero, bottom, zero, top, Color.BLACK, 0.6f);
        rule(canvas, plotLeft, bottom, plotRight, bottom, Color.BLACK, 0.6f);
    }

    /** The series' names, each after a swatch of its fill or line, centred on {@code centre}. */
    private void legend(PdfContentByte canvas, LaidOutChart chart, float centre, float baseline, float size) {
        List<ChartText> names = chart.series();
        float entry = size * 2.4f;
        float total = names.stream().map(name -> name.width() + entry).reduce(0f, Float::sum);
        float x = centre - total / 2;
        boolean line = chart.chart().kind() == ChartData.Kind.LINE;
        for (int s = 0; s < names.size(); s++) {
            if (line) {
                canvas.saveState();
                PdfChartFills.line(canvas, s);
                canvas.moveTo(x, baseline + size * 0.35f);
                canvas.lineTo(x + size * 1.6f, baseline + size * 0.35f);
                canvas.stroke();
                canvas.restoreState();
                PdfChartFills.marker(canvas, s, x + size * 0.8f, baseline + size * 0.35f, size * 0.55f);
            } else {
                PdfChartFills.rectangle(canvas, style.chart(), s, x + size * 0.2f, baseline - size * 0.1f, size * 1.1f, size * 0.9f);
            }
            text.draw(canvas, names.get(s), size, x + size * 1.9f, baseline, Anchor.LEFT, 0);
            x += names.get(s).width() + entry;
        }
    }

    static void rule(PdfContentByte canvas, float x0, float y0, float x1, float y1, Color color, float width) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(width);
        canvas.moveTo(x0, y0);
        canvas.lineTo(x1, y1);
        canvas.stroke();
        canvas.restoreState();
    }
}
