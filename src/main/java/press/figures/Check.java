package press.figures;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One proofreading rule of figures.json, run over the whole data or, with {@code "each"}, over
 * every element a path selects (its fields then read relative to the element). Every rule has
 * a severity, by default the one its kind of mistake deserves, and a Chinese message a clerk
 * understands, which figures.json may replace. With {@code "variants"}, a rule runs only when
 * one of those variants is rendered or linted.
 */
sealed interface Check
        permits SumCheck, RateCheck, AtMostCheck, RanksCheck, SameTextCheck, TableTotalsCheck, TableShapeCheck,
        TableCellsCheck, PresentCheck, ChartDataCheck, PeriodCheck, VariantCheck, TrendFigureCheck {

    List<Finding> run(Scope scope);

    static Check parse(JsonNode node) {
        if (node.has("variants")) {
            return new VariantCheck(java.util.Set.copyOf(texts(node.get("variants"))), parseRule(node));
        }
        return parseRule(node);
    }

    private static Check parseRule(JsonNode node) {
        String rule = text(node, "rule");
        String each = node.has("each") ? text(node, "each") : null;
        String message = node.has("message") ? text(node, "message") : null;
        return switch (rule) {
            case "sum" -> new SumCheck(each, severity(node, Severity.ERROR), message, Expression.parse(required(node, "total")),
                    expressions(required(node, "parts")));
            case "rate" -> new RateCheck(each, severity(node, Severity.WARNING), message, text(node, "rate"),
                    Expression.parse(required(node, "part")), Expression.parse(required(node, "whole")));
            case "atMost" -> new AtMostCheck(each, severity(node, Severity.WARNING), message,
                    Expression.parse(required(node, "value")), Expression.parse(required(node, "limit")));
            case "ranks" -> new RanksCheck(text(node, "rows"), text(node, "rank"), severity(node, Severity.WARNING), message);
            case "sameText" -> new SameTextCheck(each, severity(node, Severity.WARNING), message, text(node, "a"),
                    text(node, "b"));
            case "tableTotals" -> new TableTotalsCheck(text(node, "tables"), severity(node, Severity.ERROR), message);
            case "tableShape" -> new TableShapeCheck(text(node, "tables"), severity(node, Severity.ERROR), message);
            case "tableCells" -> new TableCellsCheck(texts(required(node, "tables")), required(node, "max").asLong(),
                    severity(node, Severity.ERROR), message);
            case "present" -> new PresentCheck(texts(required(node, "paths")), severity(node, Severity.ERROR), message);
            case "chartData" -> new ChartDataCheck(text(node, "charts"), texts(required(node, "tables")),
                    press.model.Chart.MAX_CATEGORIES, severity(node, Severity.ERROR), message);
            case "period" -> new PeriodCheck(text(node, "period"), optionalTexts(node, "dates"), optionalTexts(node, "texts"),
                    optionalTexts(node, "titles"), optionalTexts(node, "after"), severity(node, Severity.WARNING), message);
            case "trendFigure" -> new TrendFigureCheck(texts(required(node, "blocks")), severity(node, Severity.ERROR), message);
            default -> throw new IllegalArgumentException("unknown rule '" + rule + "'; rules are sum, rate, atMost, ranks, "
                    + "sameText, tableTotals, tableShape, tableCells, present, chartData, period, trendFigure");
        };
    }

    /** The scopes a rule runs in: the whole data, or each element {@code each} selects. */
    static List<Scope> scopes(Scope scope, String each) {
        if (each == null) {
            return List.of(scope);
        }
        List<Scope> scopes = new ArrayList<>();
        for (JsonPath.Match match : JsonPath.select(scope.root(), each)) {
            scopes.add(scope.at(match));
        }
        return scopes;
    }

    /** A field's text, relative to the scope's element unless it starts with {@code $}. */
    static List<JsonPath.Match> select(Scope scope, String path) {
        return path.startsWith("$") ? JsonPath.select(scope.root(), path)
                : JsonPath.select(scope.element(), scope.elementPath(), "." + path);
    }

    private static List<Expression> expressions(JsonNode node) {
        List<Expression> expressions = new ArrayList<>();
        if (node.isArray()) {
            node.values().forEach(item -> expressions.add(Expression.parse(item)));
        } else {
            expressions.add(Expression.parse(node));
        }
        return expressions;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.values().forEach(item -> texts.add(item.asString()));
        } else {
            texts.add(node.asString());
        }
        return texts;
    }

    private static List<String> optionalTexts(JsonNode node, String key) {
        return node.has(key) ? texts(node.get(key)) : List.of();
    }

    private static Severity severity(JsonNode node, Severity fallback) {
        return node.has("severity") ? Severity.named(text(node, "severity")) : fallback;
    }

    private static JsonNode required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("rule " + node.path("rule").asString("?") + " needs '" + key + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String key) {
        return required(node, key).asString();
    }
}
