package press.render.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import press.figures.NumberStyle;
import press.model.Chart;
import press.model.ChartKind;
import press.model.ChartSeries;
import press.render.style.PageStyle;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * Lays out a chart: the text block's width, a height that gives each category room (a band per
 * category for bars across, a share of the width otherwise), every text it prints in the
 * document's fonts (the title in the table caption's role, the rest in the table body's at a
 * smaller size), and a value axis on round figures.
 */
final class ChartLayout {

    /** Labels are set at this much of the table body's size. */
    static final float LABEL_SCALE = 0.75f;

    private final LayoutPass pass;

    ChartLayout(LayoutPass pass) {
        this.pass = pass;
    }

    LaidOutChart layOut(Chart chart, PageStyle page) {
        TextStyle label = pass.style().role(Role.TABLE_BODY).scaled(LABEL_SCALE);
        float size = label.size();
        ChartText title = text(Role.TABLE_CAPTION, chart.title(), pass.style().role(Role.TABLE_CAPTION));
        if (!chart.title().isEmpty() && !chart.unit().isEmpty()) {
            // a Word chart's title carries the unit ("…（单位：件）"): its characters go into the fonts embedded
            pass.text(Role.TABLE_CAPTION, "（单位：" + chart.unit() + "）", pass.where("chart"));
        }
        String unit = chart.unit().isEmpty() ? "" : "（" + chart.unit() + "）";
        ChartText valueAxis = text(Role.TABLE_BODY, chart.valueAxis().isEmpty() && !unit.isEmpty() ? "单位：" + chart.unit()
                : chart.valueAxis() + unit, label);
        ChartText categoryAxis = text(Role.TABLE_BODY, chart.categoryAxis(), label);
        List<ChartText> categories = chart.categories().stream().map(name -> text(Role.TABLE_BODY, name, label)).toList();
        List<ChartText> series = chart.series().stream().map(one -> text(Role.TABLE_BODY, one.name(), label)).toList();
        List<List<ChartText>> values = new ArrayList<>();
        for (ChartSeries one : chart.series()) {
            values.add(one.values().stream().map(value -> text(Role.TABLE_BODY, NumberStyle.PLAIN.format(value), label)).toList());
        }
        ChartData data = ChartData.of(chart);
        ChartScale scale = scale(data);
        List<ChartText> ticks = chart.kind() == ChartKind.PIE ? List.of()
                : scale.ticks().stream().map(tick -> text(Role.TABLE_BODY, NumberStyle.PLAIN.format(tick), label)).toList();
        float width = page.textWidth();
        float plot = switch (chart.kind()) {
            case BAR -> chart.categories().size() * (chart.series().size() * size * 0.72f + size * 0.25f);
            case COLUMN, LINE, PIE -> width * 0.42f;
        };
        float under = switch (chart.kind()) {
            case BAR -> size * 1.5f;
            case COLUMN, LINE -> categoryRoom(categories, width, chart, size);
            case PIE -> size;
        };
        float titleBand = title.isEmpty() ? 0 : pass.style().role(Role.TABLE_CAPTION).size() * 1.3f;
        float legend = chart.hasLegend() && chart.kind() != ChartKind.PIE ? size * 2.2f : 0;
        // the value axis's title stands at the right end of the title's line where there is a title
        float axis = chart.kind() == ChartKind.PIE || !title.isEmpty() ? 0 : size * 1.7f;
        float categoryTitle = categoryAxis.isEmpty() || chart.kind() == ChartKind.PIE ? 0 : size * 1.8f;
        float most = page.textHeight() * 0.8f - titleBand - legend - axis - under - categoryTitle;
        LaidOutChart.Bands bands = new LaidOutChart.Bands(titleBand, legend, axis, Math.min(plot, most), under,
                categoryTitle);
        return new LaidOutChart(data, width, bands, Role.TABLE_CAPTION, Role.TABLE_BODY, LABEL_SCALE, title,
                categoryAxis, valueAxis, categories, series, values, scale, ticks, alternative(chart));
    }

    /** Room under the plot for the category names: a line, or their turned length where they do not fit their slots. */
    static float categoryRoom(List<ChartText> categories, float width, Chart chart, float size) {
        float slot = slot(width, chart);
        float widest = categories.stream().map(ChartText::width).max(Float::compare).orElse(0f);
        return widest <= slot * 0.95f ? size * 1.8f : widest * 0.72f + size * 1.4f;
    }

    /** The width one category gets on a horizontal category axis: the plot is most of the width. */
    static float slot(float width, Chart chart) {
        return width * 0.85f / chart.categories().size();
    }

    /** A scale that holds every bar's both ends. */
    private static ChartScale scale(ChartData chart) {
        BigDecimal least = BigDecimal.ZERO;
        BigDecimal most = BigDecimal.ZERO;
        for (int c = 0; c < chart.categories().size(); c++) {
            for (ChartData.Bar bar : chart.bars(c)) {
                least = least.min(bar.from()).min(bar.to());
                most = most.max(bar.from()).max(bar.to());
            }
        }
        return ChartScale.of(least, most);
    }

    private ChartText text(Role role, String text, TextStyle style) {
        return new ChartText(pass.text(role, text, pass.where("chart")), text.isEmpty() ? 0 : pass.width(text, style));
    }

    /** The chart in words: its title and unit, then each category with its values. */
    private static String alternative(Chart chart) {
        StringBuilder text = new StringBuilder(chart.title().isEmpty() ? "图表" : chart.title());
        if (!chart.unit().isEmpty()) {
            text.append("（单位：").append(chart.unit()).append("）");
        }
        text.append("：");
        for (int c = 0; c < chart.categories().size(); c++) {
            text.append(c == 0 ? "" : "；").append(chart.categories().get(c));
            for (int s = 0; s < chart.series().size(); s++) {
                text.append(chart.series().size() > 1 ? "，" + chart.series().get(s).name() : " ")
                        .append(NumberStyle.PLAIN.format(chart.series().get(s).values().get(c)));
            }
        }
        return text.append("。").toString();
    }
}
