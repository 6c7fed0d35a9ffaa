package press.figures;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A trend block's {@code figure} finds exactly one number in this data, so the chart
 * that render draws has this month's value; anything else is found at the block's
 * {@code .figure}, by lint and by render alike.
 */
record TrendFigureCheck(List<String> blocks, Severity severity, String message) implements Check {

    TrendFigureCheck {
        blocks = List.copyOf(blocks);
    }

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (String path : blocks) {
            for (JsonPath.Match block : JsonPath.select(scope.root(), path)) {
                String figure = block.node().path("figure").asString("");
                if (TrendFigure.read(scope.root(), figure).isEmpty()) {
                    findings.add(new Finding(severity, "trendFigure", List.of(block.path() + ".figure"), "一个数字",
                            found(scope.root(), figure), (message != null ? message + "：" : "")
                            + "走势图的 figure 须指向本期数据中的一个数字"));
                }
            }
        }
        return findings;
    }

    private static String found(JsonNode data, String figure) {
        List<JsonPath.Match> matches;
        try {
            matches = JsonPath.select(data, figure);
        } catch (IllegalArgumentException e) {
            return "无法识别的路径“" + figure + "”";
        }
        if (matches.isEmpty()) {
            return "路径“" + figure + "”处没有数据";
        }
        if (matches.size() > 1) {
            return matches.size() + " 个值";
        }
        JsonNode value = matches.getFirst().node();
        return "“" + (value.isObject() ? value.path("text") : value).asString("") + "”";
    }
}
