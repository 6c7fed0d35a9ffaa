package press.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The number a trend block's {@code figure} path points at: one value that is a number, or a
 * table cell whose {@code text} is one. A trend block is any object of the data typed
 * {@code "trend"}; its series is the figure in each earlier issue that holds it there, oldest
 * first, then this (an earlier issue laid out differently is left out, not guessed at),
 * each point saying how many months before this one it lies ({@code back}), so a chart of the
 * last N periods counts calendar months, not the issues the archive happens to hold.
 */
final class TrendFigure {

    private TrendFigure() {
    }

    /** The number at the path, empty when the path finds none, several values or no number. */
    static Optional<BigDecimal> read(JsonNode data, String path) {
        List<JsonPath.Match> found;
        try {
            found = JsonPath.select(data, path);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (found.size() != 1) {
            return Optional.empty();
        }
        JsonNode value = found.getFirst().node();
        JsonNode number = value.isObject() ? value.path("text") : value;
        return number.isNumber() ? Optional.of(number.decimalValue()) : Optional.empty();
    }

    /** For every trend block's figure: the points {@code period}, {@code label}, {@code value}, oldest first. */
    static Map<String, List<Map<String, Object>>> series(JsonNode data, List<JsonNode> earlier) {
        Map<String, List<Map<String, Object>>> series = new LinkedHashMap<>();
        List<JsonNode> months = new ArrayList<>(earlier);
        months.add(data);
        for (String figure : figures(data, new ArrayList<>())) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (JsonNode month : months) {
                String period = month.path("period").asString("");
                int back = monthsBetween(period, data.path("period").asString(""));
                read(month, figure).ifPresent(value -> points.add(Map.of("period", period,
                        "label", FigureRules.monthLabel(period), "value", value, "back", back)));
            }
            series.put(figure, points);
        }
        return series;
    }

    /** How many months the earlier period lies before this one; 0 where either is not yyyy-MM. */
    private static int monthsBetween(String earlier, String now) {
        try {
            return (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.parse(earlier), YearMonth.parse(now));
        } catch (java.time.format.DateTimeParseException e) {
            return 0;
        }
    }

    private static List<String> figures(JsonNode node, List<String> figures) {
        if (node.isObject() && node.path("type").asString("").equals("trend") && node.path("figure").isString()) {
            figures.add(node.path("figure").asString());
        }
        if (node.isContainer()) {
            node.values().forEach(child -> figures(child, figures));
        }
        return figures;
    }
}
