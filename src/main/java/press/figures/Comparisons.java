package press.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * figures.json's {@code "comparisons"}: how changes are printed ({@code percent} for counts,
 * {@code points} for rates), the figures compared, and the proofreading they allow when an
 * earlier issue exists: a 环比 swing beyond {@code swing} (percent for counts, points for
 * rates), {@code identical.atLeast} headline counts equal to the previous issue's (a month
 * carried over unchanged), and a clerk's typed "环比增长5%" that the figures do not bear out.
 */
public record Comparisons(ChangeStyle percent, ChangeStyle points, List<ComparedFigure> figures, BigDecimal swingPercent,
                          BigDecimal swingPoints, int identicalAtLeast) {

    private static final Set<String> KEYS = Set.of("percent", "points", "figures", "swing", "identical", "description");

    public static final Comparisons NONE = new Comparisons(ChangeStyle.PERCENT, ChangeStyle.POINTS, List.of(), null, null, 0);

    public Comparisons {
        figures = List.copyOf(figures);
    }

    /** What the figures compared came to, for the template ({@code comparison.name}), and the findings they raise. */
    public record Outcome(Map<String, Object> model, List<Finding> findings) {

        public Outcome {
            model = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(model));
            findings = List.copyOf(findings);
        }
    }

    static Comparisons parse(JsonNode node) {
        if (node.isMissingNode()) {
            return NONE;
        }
        for (String key : node.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key 'comparisons." + key + "'; it has " + KEYS);
            }
        }
        List<ComparedFigure> figures = new ArrayList<>();
        node.path("figures").properties().forEach(entry -> figures.add(ComparedFigure.parse(entry.getKey(), entry.getValue())));
        JsonNode swing = node.path("swing");
        return new Comparisons(style(node.path("percent"), ChangeStyle.PERCENT), style(node.path("points"), ChangeStyle.POINTS),
                figures, swing.has("percent") ? swing.get("percent").decimalValue() : null,
                swing.has("points") ? swing.get("points").decimalValue() : null,
                node.path("identical").path("atLeast").asInt(0));
    }

    private static ChangeStyle style(JsonNode node, ChangeStyle fallback) {
        return node.isMissingNode() ? fallback : new ChangeStyle(Rounding.named(node.path("rounding").asString("half-up")),
                node.path("decimals").asInt(fallback.decimals()));
    }

    /**
     * Every compared figure against each earlier issue there is ({@code before} maps a base to
     * its scope), and the findings: swings, identical headline counts, typed comparisons.
     */
    Outcome evaluate(Scope now, Map<Base, Scope> before, String previousPeriod) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<ComparedFigure, Map<Base, Change>> changes = new LinkedHashMap<>();
        for (ComparedFigure figure : figures) {
            Map<String, Object> entry = new LinkedHashMap<>();
            Map<Base, Change> byBase = new LinkedHashMap<>();
            List<String> clauses = new ArrayList<>();
            for (Base base : Base.values()) {
                Scope earlier = before.get(base);
                Optional<Change> change = earlier == null ? Optional.empty() : figure.compare(base, now, earlier, percent, points);
                change.ifPresent(c -> {
                    entry.put(base.key(), c.toMap());
                    byBase.put(base, c);
                    clauses.add(c.text());
                });
            }
            if (!clauses.isEmpty()) {
                entry.put("clause", String.join("，", clauses));
                model.put(figure.name(), entry);
                changes.put(figure, byBase);
            }
        }
        List<Finding> findings = new ArrayList<>(swings(now, changes));
        findings.addAll(identical(now, changes, previousPeriod));
        findings.addAll(TypedChanges.check(now.root(), changes));
        return new Outcome(model, findings);
    }

    private List<Finding> swings(Scope now, Map<ComparedFigure, Map<Base, Change>> changes) {
        List<Finding> findings = new ArrayList<>();
        changes.forEach((figure, byBase) -> {
            Change change = byBase.get(Base.PREVIOUS);
            BigDecimal limit = figure.measure().isRate() ? swingPoints : swingPercent;
            if (change == null || limit == null || change.exact() == null || change.exact().abs().compareTo(limit) <= 0) {
                return;
            }
            String unit = figure.measure().isRate() ? "个百分点" : "%";
            findings.add(new Finding(Severity.WARNING, "swing", figure.paths(now), "环比变化不超过" + limit.toPlainString() + unit,
                    change.text(), figure.label() + change.text() + "（上月 " + Value.show(change.before()) + "，本月 "
                    + Value.show(change.now()) + "），超过 " + limit.toPlainString() + unit + " 的提示幅度：请核对是否填错"));
        });
        return findings;
    }

    private List<Finding> identical(Scope now, Map<ComparedFigure, Map<Base, Change>> changes, String previousPeriod) {
        if (identicalAtLeast <= 0) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        changes.forEach((figure, byBase) -> {
            Change change = byBase.get(Base.PREVIOUS);
            if (!figure.measure().isRate() && change != null && change.direction() == Change.Direction.SAME) {
                labels.add(figure.label() + " " + Value.show(change.now()));
                paths.addAll(figure.paths(now));
            }
        });
        if (labels.size() < identicalAtLeast) {
            return List.of();
        }
        String period = previousPeriod == null ? "上期" : "上期（" + previousPeriod + "）";
        return List.of(new Finding(Severity.WARNING, "sameAsPrevious", paths, "本期的数字", "与" + period + "相同",
                "主要数字与" + period + "完全相同（" + String.join("，", labels) + "）：是否沿用了上月的数据？请核对"));
    }
}
