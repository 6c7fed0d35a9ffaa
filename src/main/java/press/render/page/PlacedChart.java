package press.render.page;

import java.util.Objects;
import press.render.layout.LaidOutChart;

/** A chart, every text and band of it laid out, with its top left corner at ({@code x}, {@code y}). */
public record PlacedChart(LaidOutChart chart, float x, float y, Tag tag) implements PageItem {

    public PlacedChart {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(tag, "tag");
    }
}
