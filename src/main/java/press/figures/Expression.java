package press.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A figure as figures.json writes it: a field by JSON path ({@code "$.hotline.calls"}, or
 * relative to the element a check runs over: {@code "active"}; a path through {@code [*]} adds
 * up what it finds), a derived figure ({@code "#referred"}), a number, {@code {"sum": [...]}} or
 * {@code {"minus": [a, b]}}. Empty where a field it needs is absent.
 */
sealed interface Expression {

    Optional<Value> evaluate(Scope scope);

    static Expression parse(JsonNode node) {
        if (node.isString()) {
            String text = node.asString();
            return text.startsWith("#") ? new Reference(text.substring(1)) : new Field(text);
        }
        if (node.isNumber()) {
            return new Constant(node.decimalValue());
        }
        if (node.isObject() && node.has("sum")) {
            List<Expression> terms = new ArrayList<>();
            JsonNode sum = node.get("sum");
            if (sum.isArray()) {
                sum.values().forEach(term -> terms.add(parse(term)));
            } else {
                terms.add(parse(sum));
            }
            return new Sum(terms);
        }
        if (node.isObject() && node.has("minus") && node.get("minus").isArray() && node.get("minus").size() == 2) {
            return new Difference(parse(node.get("minus").get(0)), parse(node.get("minus").get(1)));
        }
        throw new IllegalArgumentException("not a figure: " + node);
    }

    /** A field of the data; through {@code [*]}, the sum of every match. */
    record Field(String path) implements Expression {

        @Override
        public Optional<Value> evaluate(Scope scope) {
            List<JsonPath.Match> matches = path.startsWith("$") ? JsonPath.select(scope.root(), path)
                    : JsonPath.select(scope.element(), scope.elementPath(), "." + path);
            if (matches.isEmpty() && !path.contains("[*]")) {
                return Optional.empty();
            }
            BigDecimal total = BigDecimal.ZERO;
            for (JsonPath.Match match : matches) {
                if (!match.node().isNumber()) {
                    return Optional.empty();
                }
                total = total.add(match.node().decimalValue());
            }
            boolean many = path.contains("[*]");
            String absolute = path.startsWith("$") ? path : scope.elementPath() + "." + path;
            String where = many ? "Σ" + absolute : matches.get(0).path();
            List<String> paths = List.of(many ? absolute : matches.get(0).path());
            return Optional.of(Value.field(total, where + " " + Value.show(total), paths));
        }
    }

    /** A derived figure declared earlier in figures.json. */
    record Reference(String name) implements Expression {

        @Override
        public Optional<Value> evaluate(Scope scope) {
            return Optional.ofNullable(scope.derived().get(name));
        }
    }

    record Constant(BigDecimal number) implements Expression {

        @Override
        public Optional<Value> evaluate(Scope scope) {
            return Optional.of(Value.field(number, Value.show(number), List.of()));
        }
    }

    record Sum(List<Expression> terms) implements Expression {

        @Override
        public Optional<Value> evaluate(Scope scope) {
            return combine(scope, terms, " + ");
        }
    }

    record Difference(Expression minuend, Expression subtrahend) implements Expression {

        @Override
        public Optional<Value> evaluate(Scope scope) {
            return combine(scope, List.of(minuend, subtrahend), " − ");
        }
    }

    private static Optional<Value> combine(Scope scope, List<Expression> terms, String operator) {
        BigDecimal total = null;
        List<String> shown = new ArrayList<>();
        java.util.LinkedHashSet<String> steps = new java.util.LinkedHashSet<>();
        List<String> paths = new ArrayList<>();
        for (Expression term : terms) {
            Optional<Value> value = term.evaluate(scope);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            Value v = value.get();
            total = total == null ? v.number() : operator.equals(" + ") ? total.add(v.number()) : total.subtract(v.number());
            shown.add(v.term());
            steps.addAll(v.steps());
            paths.addAll(v.paths());
        }
        String arithmetic = String.join(operator, shown);
        return Optional.of(new Value(total, "(" + arithmetic + ")", arithmetic, List.copyOf(steps), paths));
    }
}
