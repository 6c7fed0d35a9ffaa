package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.Finding;
import press.figures.LintReport;
import press.testing.ExtractedPdf;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rate above 100 % is refused, at render and at lint alike, naming the fields and the
 * arithmetic; a rate with nothing to rate is typed "—", "/" or null and prints as the kind's
 * "—", never a false 0 %.
 */
class RateLimitsTest {

    private final BulletinPress press = Fixtures.press();

    private static ObjectNode reference() {
        return Fixtures.data(Fixtures.REFERENCE);
    }

    private static ObjectNode lastRanking(ObjectNode data) {
        var rows = data.get("appendices").get("evaluation").get("rows");
        return (ObjectNode) rows.get(rows.size() - 1);
    }

    private Failure refused(ObjectNode data) {
        return Failures.assertFails(Reason.INVALID_FIGURES, () -> press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)));
    }

    private List<Finding> lintErrors(ObjectNode data) {
        LintReport report = press.lint(Fixtures.KIND, null, data);
        assertTrue(report.hasErrors(), "lint must refuse what render refuses: " + report.findings());
        return report.errors();
    }

    @Test
    void moreCompletedThanAcceptedIsRefusedWithTheFieldsAndTheArithmeticByRenderAndLintAlike() {
        ObjectNode data = reference();
        ((ObjectNode) data.get("caseHandling").get("own")).put("completed", 13000);
        Failure failure = refused(data);
        assertTrue(failure.getMessage().contains("13000 / 12759 = 101.89%"), failure.getMessage());
        assertTrue(failure.paths().containsAll(List.of("$.caseHandling.own.completed", "$.caseHandling.own.accepted")),
                failure.paths().toString());
        Finding finding = lintErrors(data).stream().filter(f -> f.rule().equals("rateAbove100")).findFirst().orElseThrow();
        assertTrue(finding.paths().contains("$.caseHandling.own.completed"), finding.toString());
        assertTrue(finding.message().startsWith("比率超过100%"), finding.message());
    }

    @Test
    void aTypedRateAboveAHundredInATableIsRefusedAtItsPath() {
        ObjectNode data = reference();
        lastRanking(data).put("satisfaction", "100.52%");
        Failure failure = refused(data);
        assertTrue(failure.paths().contains("$.appendices.evaluation.rows[13].satisfaction"), failure.paths().toString());
        assertEquals(1, failure.details().stream().filter(d -> "rateAbove100".equals(d.get("rule"))).count(),
                failure.details().toString());
        assertTrue(lintErrors(data).stream().anyMatch(f -> f.paths().contains("$.appendices.evaluation.rows[13].satisfaction")));
    }

    @Test
    void aRowWithNothingToRatePrintsTheKindsDashForRatesTypedAsDashSlashOrNull() {
        ObjectNode data = reference();
        ObjectNode row = lastRanking(data);
        for (String count : List.of("evaluations", "good", "bad", "validBad", "invalidBad", "rectified", "defaulted", "active")) {
            row.put(count, 0);
        }
        row.put("satisfaction", "/");
        row.putNull("activeRate");
        assertFalse(press.lint(Fixtures.KIND, null, data).hasErrors(), press.lint(Fixtures.KIND, null, data).toString());
        String text = new ExtractedPdf(press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)).bytes()).text();
        String before = new ExtractedPdf(Fixtures.referencePdf()).text();
        assertEquals(dashes(before) + 2, dashes(text), "the row's two rates print as —");
        assertFalse(text.contains("99.57%") || text.contains("45.76%"), "the row's old rates are gone");
    }

    private static long dashes(String text) {
        return text.chars().filter(c -> c == '—').count();
    }

    @Test
    void aFalseZeroRateIsAWarningAndADashWhereThereIsARateIsRefused() {
        ObjectNode data = reference();
        ObjectNode row = lastRanking(data);
        for (String count : List.of("evaluations", "good", "bad", "validBad", "invalidBad", "rectified", "defaulted", "active")) {
            row.put(count, 0);
        }
        row.put("satisfaction", "0%");
        row.put("activeRate", "—");
        LintReport report = press.lint(Fixtures.KIND, null, data);
        assertTrue(report.warnings().stream().anyMatch(f -> f.rule().equals("falseZero")
                && f.paths().get(0).equals("$.appendices.evaluation.rows[13].satisfaction")), report.toString());

        ObjectNode dashed = reference();
        lastRanking(dashed).put("satisfaction", "—");
        refused(dashed);
        assertTrue(lintErrors(dashed).stream().anyMatch(f -> f.rule().equals("noRate")));
    }
}
