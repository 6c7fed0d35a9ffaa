package press.render.page;

import java.util.List;
import java.util.Objects;
import press.render.layout.LaidOutChart;

/**
 * A chart, every text and band of it laid out, with its top left corner at ({@code x}, {@code y}),
 * and {@code drawing}, what a painter draws for it in painting order: its texts, rules and paths
 * where the page puts them, each tied to the chart's tag.
 */
public record PlacedChart(LaidOutChart chart, float x, float y, Tag tag, List<PageItem> drawing) implements PageItem {

    public PlacedChart {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(tag, "tag");
        drawing = List.copyOf(drawing);
        for (PageItem item : drawing) {
            if (!(item instanceof TextLine || item instanceof Rule || item instanceof VectorPath) || !item.tag().equals(tag)) {
                throw new IllegalArgumentException("a chart is drawn in texts, rules and paths of its own tag");
            }
        }
    }
}
