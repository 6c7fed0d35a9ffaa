package press.render.page;

import java.math.BigDecimal;
import java.util.List;
import press.render.layout.ChartData;
import press.render.layout.ChartScale;
import press.render.layout.ChartText;
import press.render.layout.LaidOutChart;
import press.render.page.ChartPen.Anchor;
import press.render.style.StyleSheet;

/**
 * A laid-out chart resolved into what every painter draws, so the PDF and OFD print the same
 * chart: in its bands the title, the legend, the value axis's title, the plot with its
 * gridlines on round figures, the category names under it (turned where they do not fit their
 * slots) or, for bars across, beside it. Bars, points and slices are filled from the
 * greyscale-safe palette ({@link ChartMarks}); pies are drawn by {@link ChartPie}, lines by
 * {@link ChartLines}. The geometry is worked out with y upwards from the sheet's top, as it was
 * first written for the PDF, and turned into the page's space point by point.
 */
final class ChartDrawing {

    private static final int GRID = 0xC7C7C7;

    private final StyleSheet style;
    private final Lines lines;

    ChartDrawing(StyleSheet style, Lines lines) {
        this.style = style;
        this.lines = lines;
    }

    /** The chart's items with its top left corner at ({@code x}, {@code y}) on the page. */
    List<PageItem> draw(LaidOutChart chart, float x, float y, Tag tag) {
        ChartPen pen = new ChartPen(lines, tag);
        new Drawn(pen, new ChartMarks(pen, style.chart())).draw(chart, x, -y);
        return pen.items();
    }

    /** One chart being drawn. */
    private final class Drawn {

        private final ChartPen text;
        private final ChartMarks marks;

        Drawn(ChartPen pen, ChartMarks marks) {
            this.text = pen;
            this.marks = marks;
        }

        void draw(LaidOutChart chart, float left, float top) {
            LaidOutChart.Bands bands = chart.bands();
            float size = style.role(chart.labelRole()).size() * chart.labelScale();
            float width = chart.width();
            float y = top;
            if (bands.title() > 0) {
                float titleSize = style.role(chart.titleRole()).size();
                float baseline = y - titleSize * 1.1f;
                text.text(chart.title(), titleSize, left + width / 2, baseline, Anchor.CENTER, 0);
                text.text(chart.valueAxis(), size, left + width, baseline, Anchor.RIGHT, 0);
            }
            y -= bands.title();
            if (bands.legend() > 0) {
                legend(chart, left + width / 2, y - size * 1.45f, size);
            }
            y -= bands.legend();
            if (bands.valueAxis() > 0) {
                text.text(chart.valueAxis(), size, left, y - size * 1.3f, Anchor.LEFT, 0);
            }
            y -= bands.valueAxis();
            float plotTop = y;
            float plotBottom = y - bands.plot();
            switch (chart.chart().kind()) {
                case COLUMN, LINE -> upright(chart, left, left + width - size * 0.5f, plotTop, plotBottom, size);
                case BAR -> across(chart, left, left + width, plotTop, plotBottom, size);
                case PIE -> new ChartPie(text, marks, style.chart()).draw(chart, left, width, plotTop, plotBottom, size);
            }
            if (bands.categoryAxis() > 0) {
                text.text(chart.categoryAxis(), size, left + width / 2, plotBottom - bands.underPlot() - size * 1.2f,
                        Anchor.CENTER, 0);
            }
        }

        /** Columns or a line over categories along the bottom, values up the left. */
        private void upright(LaidOutChart chart, float left, float right, float top, float bottom, float size) {
            ChartData model = chart.chart();
            ChartScale scale = chart.scale();
            float widestTick = chart.ticks().stream().map(ChartText::width).max(Float::compare).orElse(0f);
            float plotLeft = left + widestTick + size * 0.6f;
            float height = top - bottom;
            List<BigDecimal> ticks = scale.ticks();
            for (int i = 0; i < ticks.size(); i++) {
                float at = bottom + (float) scale.fraction(ticks.get(i)) * height;
                text.rule(plotLeft, at, right, at, GRID, 0.3f);
                text.text(chart.ticks().get(i), size, plotLeft - size * 0.3f, at - size * 0.35f, Anchor.RIGHT, 0);
            }
            float zero = bottom + (float) scale.fraction(BigDecimal.ZERO) * height;
            text.rule(plotLeft, bottom, plotLeft, top, ChartPen.BLACK, 0.6f);
            int count = model.categories().size();
            float slot = (right - plotLeft) / count;
            boolean turned = chart.bands().underPlot() > size * 1.8f + 0.01f;
            for (int c = 0; c < count; c++) {
                float centre = plotLeft + slot * (c + 0.5f);
                if (turned) {
                    text.text(chart.categories().get(c), size, centre + size * 0.3f, bottom - size * 0.9f, Anchor.RIGHT, 45);
                } else {
                    text.text(chart.categories().get(c), size, centre, bottom - size * 1.25f, Anchor.CENTER, 0);
                }
            }
            if (model.kind() == ChartData.Kind.LINE) {
                new ChartLines(text, marks).draw(chart, plotLeft, slot, bottom, height, size);
            } else {
                columns(chart, plotLeft, slot, bottom, height, size);
            }
            text.rule(plotLeft, zero, right, zero, ChartPen.BLACK, 0.6f);
        }

        private void columns(LaidOutChart chart, float plotLeft, float slot, float bottom, float height, float size) {
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
                    marks.rectangle(s, x, Math.min(y0, y1), bar, Math.abs(y1 - y0));
                    if (!model.labels()) {
                        continue;
                    }
                    ChartText label = chart.values().get(s).get(c);
                    if (model.stacked()) {
                        if (Math.abs(y1 - y0) > size * 1.1f && label.width() < bar) {
                            text.text(label, size, x + bar / 2, (y0 + y1) / 2 - size * 0.35f, Anchor.CENTER, 0,
                                    style.chart().dark(s) ? ChartPen.WHITE : ChartPen.BLACK);
                        }
                    } else {
                        float baseline = y1 >= y0 ? y1 + size * 0.25f : y1 - size * 1.0f;
                        text.text(label, size, x + bar / 2, baseline, Anchor.CENTER, 0);
                    }
                }
            }
        }

        /** Bars across: categories down the left, values along the bottom. */
        private void across(LaidOutChart chart, float left, float right, float top, float bottom, float size) {
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
                text.rule(at, bottom, at, top, GRID, 0.3f);
                text.text(chart.ticks().get(i), size, at, bottom - size * 1.25f, Anchor.CENTER, 0);
            }
            float zero = plotLeft + (float) scale.fraction(BigDecimal.ZERO) * width;
            int count = model.categories().size();
            int seriesCount = model.series().size();
            float slot = (top - bottom) / count;
            float group = slot * 0.75f;
            float bar = model.stacked() ? group : group / seriesCount;
            for (int c = 0; c < count; c++) {
                float centre = top - slot * (c + 0.5f);
                text.text(chart.categories().get(c), size, plotLeft - size * 0.4f, centre - size * 0.35f, Anchor.RIGHT, 0);
                List<ChartData.Bar> bars = model.bars(c);
                for (int s = 0; s < seriesCount; s++) {
                    float y = model.stacked() ? centre - group / 2 : centre + group / 2 - bar * (s + 1);
                    float x0 = plotLeft + (float) scale.fraction(bars.get(s).from()) * width;
                    float x1 = plotLeft + (float) scale.fraction(bars.get(s).to()) * width;
                    marks.rectangle(s, Math.min(x0, x1), y, Math.abs(x1 - x0), bar);
                    if (!model.labels()) {
                        continue;
                    }
                    ChartText label = chart.values().get(s).get(c);
                    if (model.stacked()) {
                        if (Math.abs(x1 - x0) > label.width() + size * 0.4f && bar > size) {
                            text.text(label, size, (x0 + x1) / 2, y + bar / 2 - size * 0.35f, Anchor.CENTER, 0,
                                    style.chart().dark(s) ? ChartPen.WHITE : ChartPen.BLACK);
                        }
                    } else {
                        text.text(label, size, x1 + size * 0.25f, y + bar / 2 - size * 0.35f, Anchor.LEFT, 0);
                    }
                }
            }
            text.rule(zero, bottom, zero, top, ChartPen.BLACK, 0.6f);
            text.rule(plotLeft, bottom, plotRight, bottom, ChartPen.BLACK, 0.6f);
        }

        /** The series' names, each after a swatch of its fill or line, centred on {@code centre}. */
        private void legend(LaidOutChart chart, float centre, float baseline, float size) {
            List<ChartText> names = chart.series();
            float entry = size * 2.4f;
            float total = names.stream().map(name -> name.width() + entry).reduce(0f, Float::sum);
            float x = centre - total / 2;
            boolean line = chart.chart().kind() == ChartData.Kind.LINE;
            for (int s = 0; s < names.size(); s++) {
                if (line) {
                    marks.line(s, new PathBuilder().moveTo(x, baseline + size * 0.35f)
                            .lineTo(x + size * 1.6f, baseline + size * 0.35f));
                    marks.marker(s, x + size * 0.8f, baseline + size * 0.35f, size * 0.55f);
                } else {
                    marks.rectangle(s, x + size * 0.2f, baseline - size * 0.1f, size * 1.1f, size * 0.9f);
                }
                text.text(names.get(s), size, x + size * 1.9f, baseline, Anchor.LEFT, 0);
                x += names.get(s).width() + entry;
            }
        }
    }
}
