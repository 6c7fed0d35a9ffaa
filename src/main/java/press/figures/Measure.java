package press.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a compared figure is: a count ({@code "count": "#accepted"}), a rate worked out from
 * its part and whole ({@code "rate": {"part": ..., "whole": ...}}) or a rate the data type in
 * percent ({@code "percent": "$.hotline.connectionRate"}). Counts change by a percentage,
 * rates by points.
 */
sealed interface Measure {

    /** The figure in this issue: empty where a field it needs is absent. */
    Optional<Reading> read(Scope scope);

    boolean isRate();

    /** A figure read, with the paths it rests on; {@code value} is null for a rate of nothing (a whole of 0). */
    record Reading(BigDecimal value, List<String> paths) {

        public Reading {
            paths = List.copyOf(paths);
        }
    }

    static Measure parse(JsonNode node) {
        if (node.has("count")) {
            return new Count(Expression.parse(node.get("count")));
        }
        if (node.has("rate")) {
            JsonNode rate = node.get("rate");
            if (!rate.has("part") || !rate.has("whole")) {
                throw new IllegalArgumentException("a compared rate needs 'part' and 'whole'");
            }
            return new Rate(Expression.parse(rate.get("part")), Expression.parse(rate.get("whole")));
        }
        if (node.has("percent")) {
            return new Typed(Expression.parse(node.get("percent")));
        }
        throw new IllegalArgumentException("a compared figure is a 'count', a 'rate' or a 'percent': " + node);
    }

    record Count(Expression value) implements Measure {

        @Override
        public Optional<Reading> read(Scope scope) {
            return value.evaluate(scope).map(v -> new Reading(v.number(), v.paths()));
        }

        @Override
        public boolean isRate() {
            return false;
        }
    }

    record Rate(Expression part, Expression whole) implements Measure {

        @Override
        public Optional<Reading> read(Scope scope) {
            Optional<Value> p = part.evaluate(scope);
            Optional<Value> w = whole.evaluate(scope);
            if (p.isEmpty() || w.isEmpty()) {
                return Optional.empty();
            }
            List<String> paths = new ArrayList<>(p.get().paths());
            paths.addAll(w.get().paths());
            return Optional.of(new Reading(ChangeWording.rate(p.get().number(), w.get().number()), paths));
        }

        @Override
        public boolean isRate() {
            return true;
        }
    }

    record Typed(Expression percent) implements Measure {

        @Override
        public Optional<Reading> read(Scope scope) {
            return percent.evaluate(scope).map(v -> new Reading(v.number(), v.paths()));
        }

        @Override
        public boolean isRate() {
            return true;
        }
    }
}
