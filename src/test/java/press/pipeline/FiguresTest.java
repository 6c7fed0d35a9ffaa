package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import press.failure.Reason;
import press.figures.Finding;
import press.figures.LintReport;
import press.figures.Percent;
import press.figures.Rounding;
import press.testing.ExtractedPdf;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The figures a bulletin prints are right, or the render is refused naming the fields. */
class FiguresTest {

    private final BulletinPress press = Fixtures.press();

    private static ObjectNode reference() {
        return Fixtures.data(Fixtures.REFERENCE);
    }

    private static ObjectNode object(ObjectNode data, String... path) {
        ObjectNode node = data;
        for (String step : path) {
            node = (ObjectNode) node.get(step);
        }
        return node;
    }

    private String text(ObjectNode data) {
        return new ExtractedPdf(press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)).bytes()).text()
                .replaceAll("\\s+", "");
    }

    @Test
    void theReferenceIsProofreadAndItsPublishedInconsistenciesAreWarnings() {
        LintReport report = press.lint(Fixtures.KIND, null, reference());
        assertEquals(List.of(), report.errors());
        List<String> paths = report.warnings().stream().flatMap(finding -> finding.paths().stream()).toList();
        assertTrue(paths.contains("$.appendices.evaluation.totalRates.activeRate"), paths.toString());
        assertTrue(paths.contains("$.appendices.platform.listedAs"), paths.toString());
        assertTrue(paths.contains("$.appendices.evaluation.listedAs"), paths.toString());
        Finding active = report.warnings().stream()
                .filter(f -> f.paths().get(0).equals("$.appendices.evaluation.totalRates.activeRate")).findFirst().orElseThrow();
        assertEquals("8.54%", active.found());
        assertEquals("0.43%", active.expected());
    }

    @Test
    void theWarningsTravelWithTheDocumentAndStrictMakesThemRefuseIt() {
        RenderedDocument document = press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, reference()));
        assertEquals(4, document.report().warnings().size());
        var refused = Failures.assertFails(Reason.INVALID_FIGURES, () -> press.render(new RenderRequest(Fixtures.KIND,
                null, Format.PDF, reference(), new RenderOptions(false, false, true, false))));
        assertEquals(4, refused.details().size());
    }

    @Test
    void aDerivedCountThatWouldBeNegativeRefusesTheRenderNamingEveryFieldAndTheArithmetic() {
        ObjectNode data = reference();
        object(data, "hotline").put("referredAnswered", 319);
        var refused = Failures.assertFails(Reason.INVALID_FIGURES,
                () -> press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)));
        assertEquals(List.of("$.hotline.calls", "$.hotline.answeredOnline", "$.hotline.referredAnswered"), refused.paths());
        assertTrue(refused.getMessage().contains("= -213"), refused.getMessage());
    }

    @Test
    void aMonthWithNothingAcceptedLeavesTheRateOutInsteadOfPrintingADash() {
        ObjectNode data = reference();
        object(data, "caseHandling", "own").put("accepted", 0).put("completed", 0);
        object(data, "caseHandling", "lower").put("accepted", 0).put("completed", 3);
        String text = text(data);
        assertTrue(text.contains("受理各类事项0件，办结0件。"), text.substring(0, 300));
        assertTrue(text.contains("受理各类事项0件，办结3件。"), "completions of last month's cases, no rate");
        assertFalse(text.contains("办结率为—"));
    }

    @Test
    void oneOpenCaseInMillionsIsNotAHundredPercent() {
        ObjectNode data = reference();
        object(data, "caseHandling", "own").put("accepted", 1_234_567).put("completed", 1_234_566);
        String text = text(data);
        assertTrue(text.contains("办结1234566件，办结率为99.99%"), text.substring(0, 400));
    }

    @Test
    void aTypedRateIsPrintedWithTheKindsDecimals() {
        ObjectNode data = reference();
        object(data, "hotline").put("connectionRate", new java.math.BigDecimal("99.99999999"));
        String text = text(data);
        assertTrue(text.contains("来电接通率达到99.99%，应答率达到100%"), text);
    }

    @Test
    void numbersNoCountCanBeAreRefusedWithTheirPath() {
        for (String value : List.of("1e19", "1e308", "1e400", "1.5", "-3", "3000000000", "12345678901234567890")) {
            ObjectNode data = (ObjectNode) JsonInput.object(reference().toString()
                    .replace("\"calls\":1912", "\"calls\":" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var refused = Failures.assertFails(Reason.INVALID_DATA,
                    () -> press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)));
            assertEquals(List.of("$.hotline.calls"), refused.paths(), value);
        }
    }

    /**
     * Random months whose figures agree with each other: the proofreading finds nothing, and no
     * printed figure is negative, a false 100 %, or a number in exponent form.
     */
    @Test
    void consistentDataOfAnyMonthPassTheProofreadingAndPrintNoImpossibleFigure() throws Exception {
        Random random = new Random(20201201);
        ObjectNode example = (ObjectNode) JsonInput.object(Files.readAllBytes(
                Fixtures.root().resolve("templates/gov-service-monthly/example.json")));
        for (int month = 0; month < 60; month++) {
            ObjectNode data = example.deepCopy();
            long ownAccepted = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000);
            long lowerAccepted = random.nextInt(1_000_000_000);
            object(data, "caseHandling", "own").put("accepted", ownAccepted).put("completed", below(random, ownAccepted));
            object(data, "caseHandling", "lower").put("accepted", lowerAccepted).put("completed", below(random, lowerAccepted));
            ObjectNode hotline = object(data, "hotline");
            long calls = random.nextInt(100_000);
            long online = below(random, calls);
            hotline.put("calls", calls).put("answeredOnline", online).put("referredAnswered", below(random, calls - online))
                    .put("connectionRate", new java.math.BigDecimal(random.nextInt(100_000_001)).movePointLeft(6));
            long dispatched = random.nextInt(1000);
            object(hotline, "provincial").put("dispatched", dispatched).put("answered", below(random, dispatched));
            long evaluations = evaluationRows(random, object(data, "appendices", "evaluation"));
            long bad = below(random, Math.min(evaluations, 50));
            object(data, "evaluation").put("good", evaluations - bad).put("bad", bad);
            object(data, "evaluation", "cases").put("good", below(random, evaluations - bad)).put("bad", 0);
            for (var row : data.get("appendices").get("platform").get("rows").values()) {
                long applied = random.nextInt(50_000);
                long accepted = below(random, applied);
                ((ObjectNode) row).put("applied", applied).put("accepted", accepted).put("completed", below(random, accepted));
            }
            LintReport report = press.lint(Fixtures.KIND, null, data);
            assertEquals(List.of(), report.findings(), "month " + month + ": " + data);
            if (month % 6 == 0) {
                String text = text(data);
                assertFalse(Pattern.compile("\\d[eE][-+]?\\d").matcher(text).find(), "a number in exponent form");
                assertFalse(Pattern.compile("(办理|办结|受理|转办理?|答复)-\\d").matcher(text).find(), "a negative count");
                Matcher full = Pattern.compile("受理各类事项(\\d+)件，办结(\\d+)件，办结率为100%").matcher(text);
                while (full.find()) {
                    assertEquals(full.group(1), full.group(2), "100 % only when everything was completed");
                }
            }
        }
    }

    /** Rows of the ranking table that agree with themselves; their total of evaluations. */
    private static long evaluationRows(Random random, ObjectNode table) {
        ArrayNode rows = (ArrayNode) table.get("rows");
        long all = 0;
        long good = 0;
        long active = 0;
        Percent truncated = new Percent(Rounding.TRUNCATE, 2);
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = (ObjectNode) rows.get(i);
            long evaluations = 1 + random.nextInt(40_000);
            long bad = below(random, Math.min(evaluations, 30));
            long valid = below(random, bad);
            long act = below(random, evaluations);
            row.put("rank", i + 1).put("evaluations", evaluations).put("good", evaluations - bad).put("bad", bad)
                    .put("validBad", valid).put("invalidBad", bad - valid).put("active", act).put("defaulted", evaluations - act)
                    .put("satisfaction", truncated.format(big(evaluations - bad), big(evaluations)))
                    .put("activeRate", Percent.DEFAULT.format(big(act), big(evaluations)));
            all += evaluations;
            good += evaluations - bad;
            active += act;
        }
        ObjectNode totals = (ObjectNode) table.get("totalRates");
        totals.put("satisfaction", Percent.DEFAULT.format(big(good), big(all)));
        totals.put("activeRate", truncated.format(big(active), big(all)));
        return all;
    }

    private static long below(Random random, long bound) {
        return bound <= 0 ? 0 : (long) (random.nextDouble() * (bound + 1));
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
