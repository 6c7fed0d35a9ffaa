package press.render.layout;

import java.math.BigDecimal;
import java.util.List;
import press.model.Chart;

/**
 * A chart's figures as the writers get them, the layout's copy of the model's: its kind, whether
 * it stacks and labels, its titles and unit, its categories and its named series.
 */
public record ChartData(Kind kind, boolean stacked, boolean labels, String title, String categoryAxis,
                        String valueAxis, String unit, List<String> categories, List<Series> series) {

    /** Upright bars, bars across, a line, slices of a whole. */
    public enum Kind { COLUMN, BAR, LINE, PIE }

    /** One series: its name and a value per category. */
    public record Series(String name, List<BigDecimal> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    static ChartData of(Chart chart) {
        return new ChartData(Kind.valueOf(chart.kind().name()), chart.stacked(), chart.labels(), chart.title(),
                chart.categoryAxis(), chart.valueAxis(), chart.unit(), chart.categories(), chart.series().stream()
                .map(one -> new Series(one.name(), one.values())).toList());
    }

    /** Whether a legend names the series (or, for a pie, the slices). */
    public boolean hasLegend() {
        return kind == Kind.PIE || series.size() > 1;
    }

    /** Where one series' bar (or point, at its end) lies on the value axis. */
    public record Bar(BigDecimal from, BigDecimal to) {
    }

    /**
     * The bars of category {@code index}, one per series in order: from zero to the value, or,
     * stacked, from the end of the series below to that plus the value.
     */
    public List<Bar> bars(int index) {
        List<Bar> bars = new java.util.ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Series one : series) {
            BigDecimal from = stacked ? sum : BigDecimal.ZERO;
            sum = from.add(one.values().get(index));
            bars.add(new Bar(from, sum));
        }
        return bars;
    }
}
