package press.figures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a kind's figures.json makes of one document's data: the derived counts by name (what a
 * template prints as {@code figures.name}), the proofreading report, and the comparisons with
 * earlier issues (what a template prints as {@code comparison.name.clause}; empty without them),
 * and the compared counts month by month ({@code trend.name}: {@code label}, {@code period},
 * {@code value}, oldest first; empty without earlier months), and likewise, keyed by its path,
 * the figure of each trend block in the data (its points also carrying {@code back}).
 */
public record Figures(Map<String, BigDecimal> derived, LintReport report, Map<String, Object> comparison,
                      Map<String, java.util.List<Map<String, Object>>> trend) {

    public Figures {
        derived = Map.copyOf(derived);
        comparison = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(comparison));
        trend = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trend));
    }

    /** Figures without a trend. */
    public Figures(Map<String, BigDecimal> derived, LintReport report, Map<String, Object> comparison) {
        this(derived, report, comparison, Map.of());
    }

    /** Figures compared with no earlier issue. */
    public Figures(Map<String, BigDecimal> derived, LintReport report) {
        this(derived, report, Map.of());
    }
}
