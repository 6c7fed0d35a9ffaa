package press.model;

import java.util.List;
import java.util.Objects;

/**
 * A chart of the month's figures: its kind ({@code stacked} bars or columns add their series up),
 * a title, the titles of its category and value axes, the unit its values are in, whether each
 * bar, point or slice carries its value, its categories and one or more series with a value for
 * each category. A legend is drawn where there is more than one series (and for a pie, whose
 * slices are its categories). At most {@link #MAX_CATEGORIES} categories and
 * {@link #MAX_SERIES} series: more do not read at the size of a text block.
 */
public record Chart(ChartKind kind, boolean stacked, String title, String categoryAxis, String valueAxis, String unit,
                    boolean labels, List<String> categories, List<ChartSeries> series) implements Block {

    public static final int MAX_CATEGORIES = 24;
    public static final int MAX_SERIES = 6;

    public Chart {
        Objects.requireNonNull(kind, "a chart's kind");
        title = Checks.optionalText(title);
        categoryAxis = Checks.optionalText(categoryAxis);
        valueAxis = Checks.optionalText(valueAxis);
        unit = Checks.optionalText(unit);
        categories = Checks.nonEmptyCopy(categories, "a chart's categories");
        categories.forEach(category -> Checks.text(category, "a chart category"));
        series = Checks.nonEmptyCopy(series, "a chart's series");
        if (categories.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("a chart has at most " + MAX_CATEGORIES + " categories, this one "
                    + categories.size());
        }
        if (series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("a chart has at most " + MAX_SERIES + " series, this one " + series.size());
        }
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + one.name() + "' has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        if (kind == ChartKind.PIE) {
            if (series.size() != 1) {
                throw new IllegalArgumentException("a pie chart has one series, this one " + series.size());
            }
            if (series.get(0).values().stream().anyMatch(value -> value.signum() < 0)
                    || series.get(0).values().stream().allMatch(value -> value.signum() == 0)) {
                throw new IllegalArgumentException("a pie chart's values are not negative and not all zero");
            }
        }
        if (stacked && series.stream().flatMap(one -> one.values().stream()).anyMatch(value -> value.signum() < 0)) {
            throw new IllegalArgumentException("a stacked chart's values are not negative");
        }
    }

    /** Whether a legend names the series (or, for a pie, the slices). */
    public boolean hasLegend() {
        return kind == ChartKind.PIE || series.size() > 1;
    }
}
