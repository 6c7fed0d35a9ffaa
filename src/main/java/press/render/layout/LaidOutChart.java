package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.render.style.Role;

/**
 * A chart as the page gets it: its figures, {@code width} × {@code height} points in
 * the text block, every text it prints laid out (title in {@code titleRole}, the rest in
 * {@code labelRole} at {@code labelScale} times that role's size), the value axis's scale and
 * its tick labels, and what a reader who cannot see it is told instead.
 */
public record LaidOutChart(ChartData chart, float width, Bands bands, Role titleRole, Role labelRole, float labelScale,
                           ChartText title, ChartText categoryAxis, ChartText valueAxis, List<ChartText> categories,
                           List<ChartText> series, List<List<ChartText>> values, ChartScale scale,
                           List<ChartText> ticks, String alternative) implements Part {

    /**
     * The chart's horizontal bands from the top, in points: its title, the legend, the value
     * axis's title, the plot, the room under the plot for category names (or, for bars
     * across, the value ticks), the category axis's title.
     */
    public record Bands(float title, float legend, float valueAxis, float plot, float underPlot, float categoryAxis) {

        public float total() {
            return title + legend + valueAxis + plot + underPlot + categoryAxis;
        }
    }

    public float height() {
        return bands.total();
    }

    public LaidOutChart {
        Objects.requireNonNull(chart, "chart");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        values = values.stream().map(List::copyOf).toList();
        ticks = List.copyOf(ticks);
        if (width <= 0 || bands.total() <= 0) {
            throw new IllegalArgumentException("a chart needs a size");
        }
    }
}
