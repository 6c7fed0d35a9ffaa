package press.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kind's figures.json: how its rates are printed ({@code "rates": {"rounding": "half-up",
 * "decimals": 2}}), whether its numbers carry thousands separators, the counts it derives and
 * the checks that proofread its data. A kind without the file derives nothing, checks nothing
 * and prints rates half up with two decimals.
 */
public record FigureRules(Percent rates, NumberStyle numbers, List<Derivation> derived, List<Check> checks,
                          Comparisons comparisons, RateStyle rateStyle) {

    private static final Set<String> KEYS = Set.of("rates", "numbers", "derived", "checks", "comparisons", "description");
    private static final Set<String> RATE_KEYS = Set.of("rounding", "decimals", "above100", "none");

    public static final FigureRules NONE = new FigureRules(Percent.DEFAULT, NumberStyle.PLAIN, List.of(), List.of());

    public FigureRules {
        derived = List.copyOf(derived);
        checks = List.copyOf(checks);
        java.util.Objects.requireNonNull(comparisons, "comparisons");
        java.util.Objects.requireNonNull(rateStyle, "rateStyle");
    }

    /** Rules that compare nothing across issues and print rates by default. */
    public FigureRules(Percent rates, NumberStyle numbers, List<Derivation> derived, List<Check> checks) {
        this(rates, numbers, derived, checks, Comparisons.NONE, RateStyle.DEFAULT);
    }

    /** Reads the file, or gives {@link #NONE} where there is none; a mistake in it names the file. */
    public static FigureRules load(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(JsonMapper.builder().build().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    static FigureRules parse(JsonNode root) {
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "'; figures.json has " + KEYS);
            }
        }
        JsonNode rates = root.path("rates");
        for (String key : rates.propertyNames()) {
            if (!RATE_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key 'rates." + key + "'; rates has " + RATE_KEYS);
            }
        }
        Percent percent = new Percent(Rounding.named(rates.path("rounding").asString("half-up")),
                rates.path("decimals").asInt(2));
        JsonNode numbers = root.path("numbers");
        NumberStyle style = new NumberStyle(numbers.path("decimals").asInt(-1), numbers.path("grouping").asBoolean(false));
        List<Derivation> derived = new ArrayList<>();
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("derived").properties()) {
            JsonNode definition = entry.getValue();
            Expression expression = Expression.parse(definition.has("value") ? definition.get("value") : definition);
            checkReferences(expression, names, entry.getKey());
            derived.add(new Derivation(entry.getKey(), definition.path("label").asString(entry.getKey()), expression));
            names.put(entry.getKey(), true);
        }
        List<Check> checks = new ArrayList<>();
        root.path("checks").values().forEach(check -> checks.add(Check.parse(check)));
        RateStyle rateStyle = new RateStyle(rates.has("above100") ? rates.get("above100").asString() : null,
                rates.path("none").asString(RateStyle.DEFAULT.none()));
        return new FigureRules(percent, style, derived, checks, Comparisons.parse(root.path("comparisons")), rateStyle);
    }

    /** A derived figure may use only those declared before it, so no definition goes round in a circle. */
    private static void checkReferences(Expression expression, Map<String, Boolean> declared, String name) {
        switch (expression) {
            case Expression.Reference reference -> {
                if (!declared.containsKey(reference.name())) {
                    throw new IllegalArgumentException("derived '" + name + "' uses #" + reference.name()
                            + ", which is not declared before it");
                }
            }
            case Expression.Sum sum -> sum.terms().forEach(term -> checkReferences(term, declared, name));
            case Expression.Difference difference -> {
                checkReferences(difference.minuend(), declared, name);
                checkReferences(difference.subtrahend(), declared, name);
            }
            case Expression.Field field -> {
            }
            case Expression.Constant constant -> {
            }
        }
    }

    /** The names of the derived figures, which phrases' blanks may name ({@code #accepted}). */
    public Set<String> derivedNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        derived.forEach(derivation -> names.add(derivation.name()));
        return names;
    }

    /** Derives every count and runs every check that is not a variant's own over the data. */
    public Figures evaluate(JsonNode data) {
        return evaluate(data, null);
    }

    /** Derives every count and runs every check over the data, the variant's own among them. */
    public Figures evaluate(JsonNode data, String variant) {
        return evaluate(data, variant, History.NONE);
    }

    /**
     * Derives every count and runs every check over the data, the variant's own among them; with
     * earlier issues, compares the figures figures.json names with theirs (环比, 同比) and proofreads
     * the month against them.
     */
    public Figures evaluate(JsonNode data, String variant, History history) {
        List<Finding> findings = new ArrayList<>();
        Scope scope = scope(data, variant, findings);
        for (Check check : checks) {
            findings.addAll(check.run(scope));
        }
        Map<String, Object> comparison = Map.of();
        if (!history.isEmpty() && !comparisons.figures().isEmpty()) {
            Map<Base, Scope> before = new java.util.EnumMap<>(Base.class);
            for (Base base : Base.values()) {
                history.before(base).ifPresent(earlier -> before.put(base, scope(earlier, variant, new ArrayList<>())));
            }
            String previousPeriod = history.before(Base.PREVIOUS).map(earlier -> earlier.path("period").asString(null)).orElse(null);
            Comparisons.Outcome outcome = comparisons.evaluate(scope, before, previousPeriod);
            findings.addAll(outcome.findings());
            comparison = outcome.model();
        }
        Map<String, java.math.BigDecimal> numbersByName = new LinkedHashMap<>();
        scope.derived().forEach((name, value) -> numbersByName.put(name, value.number()));
        return new Figures(numbersByName, new LintReport(findings), comparison, trend(data, scope, variant, history));
    }

    /** Each compared count month by month, the earlier months' then this one's, for a trend chart. */
    private Map<String, List<Map<String, Object>>> trend(JsonNode data, Scope now, String variant, History history) {
        Map<String, List<Map<String, Object>>> trend = new LinkedHashMap<>(TrendFigure.series(data, history.trend()));
        if (history.trend().isEmpty()) {
            return trend;
        }
        List<JsonNode> months = new ArrayList<>(history.trend());
        List<Scope> scopes = new ArrayList<>();
        months.forEach(month -> scopes.add(scope(month, variant, new ArrayList<>())));
        months.add(data);
        scopes.add(now);
        for (ComparedFigure figure : comparisons.figures()) {
            if (figure.measure().isRate()) {
                continue;
            }
            List<Map<String, Object>> points = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                String period = months.get(i).path("period").asString("");
                figure.measure().read(scopes.get(i)).filter(reading -> reading.value() != null).ifPresent(reading -> points.add(
                        Map.of("period", period, "label", monthLabel(period), "value", reading.value())));
            }
            trend.put(figure.name(), points);
        }
        return trend;
    }

    /** "2020-05" as a chart's category reads it: "5月"; anything else as it is. */
    static String monthLabel(String period) {
        return period.matches("[0-9]{4}-[0-9]{2}") ? Integer.parseInt(period.substring(5)) + "月" : period;
    }

    /** The data with every derived count worked out; a negative one adds its finding. */
    private Scope scope(JsonNode data, String variant, List<Finding> findings) {
        Map<String, Value> values = new LinkedHashMap<>();
        Scope scope = new Scope(data, data, "$", values, variant, rateStyle);
        for (Derivation derivation : derived) {
            derivation.evaluate(scope, findings).ifPresent(value -> values.put(derivation.name(), value));
        }
        return scope;
    }
}
