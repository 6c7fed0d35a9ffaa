package press.figures;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The issues a month is compared with: the previous period's data (环比) and the same period a
 * year earlier (同比), each absent when the archive holds none or none was given. Comparisons
 * are worded only against an issue that exists; with neither, a document reads as it always did.
 * {@code trend} holds the issues of the months before, oldest first, for a trend chart.
 */
public record History(JsonNode previous, JsonNode yearAgo, java.util.List<JsonNode> trend) {

    public static final History NONE = new History(null, null);

    public History {
        if (previous != null && !previous.isObject() || yearAgo != null && !yearAgo.isObject()) {
            throw new IllegalArgumentException("an earlier issue's data is a JSON object");
        }
        trend = java.util.List.copyOf(trend);
    }

    /** The previous and year-ago issues, without the months of a trend. */
    public History(JsonNode previous, JsonNode yearAgo) {
        this(previous, yearAgo, java.util.List.of());
    }

    public Optional<JsonNode> before(Base base) {
        return Optional.ofNullable(base == Base.PREVIOUS ? previous : yearAgo);
    }

    public boolean isEmpty() {
        return previous == null && yearAgo == null && trend.isEmpty();
    }
}
