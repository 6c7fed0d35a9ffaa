package press.figures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a kind's figures.json makes of one document's data: the derived counts by name (what a
 * template prints as {@code figures.name}) and the proofreading report.
 */
public record Figures(Map<String, BigDecimal> derived, LintReport report) {

    public Figures {
        derived = Map.copyOf(derived);
    }
}
