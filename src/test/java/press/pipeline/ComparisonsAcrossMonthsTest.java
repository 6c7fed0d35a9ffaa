package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.figures.Finding;
import press.figures.History;
import press.figures.LintReport;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import tools.jackson.databind.node.ObjectNode;

/**
 * May, the reference, is published into a real SQLite archive; June then carries 环比 in its
 * headline sentences, each figure worked out here by hand: 受理 80564 → 82101, 办结 80225 →
 * 81854, 办结率 99.5792…% → 99.6991…%, 接听 1912 → 2034, 评价 61057 → 51241.
 */
class ComparisonsAcrossMonthsTest {

    private final BulletinPress press = Fixtures.press();

    @TempDir
    Path archiveFolder;

    static ObjectNode june() {
        try {
            return (ObjectNode) JsonInput.object(Files.readAllBytes(Fixtures.root()
                    .resolve("templates/gov-service-monthly/example.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(RenderedDocument document) {
        return new ExtractedPdf(document.bytes()).text().replaceAll("\\s+", "");
    }

    private History publishedMay() {
        try (ArchiveStore archive = ArchiveStore.open(archiveFolder)) {
            press.publish(new RenderRequest(Fixtures.KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE)), archive);
            return ArchiveHistory.find(archive, Fixtures.KIND, june());
        }
    }

    @Test
    void juneFindsMayInTheArchiveAndItsSentencesCarryTheHandComputedChanges() {
        History history = publishedMay();
        assertEquals("2020-05", history.previous().path("period").asString());
        assertEquals(null, history.yearAgo());
        String text = text(press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, june()).withHistory(history)));
        // 1537 / 80564 = 1.9078…%; 1629 / 80225 = 2.0305…%; 99.6991… − 99.5792… = 0.1199… points
        assertTrue(text.contains("事项82101件（环比增长1.9%）、办结81854件（环比增长2.0%），办结率为99.70%（环比提高0.12个百分点）。"), text);
        // 122 / 1912 = 6.3807…%
        assertTrue(text.contains("接听总量为2034件（环比增长6.4%）"), text);
        // −9816 / 61057 = −16.0768…%
        assertTrue(text.contains("评价总数为51241（环比下降16.1%）"), text);
    }

    @Test
    void publishingJuneComparesItWithMayByItself() {
        try (ArchiveStore archive = ArchiveStore.open(archiveFolder)) {
            press.publish(new RenderRequest(Fixtures.KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE)), archive);
            Published june = press.publish(new RenderRequest(Fixtures.KIND, null, Format.PDF, june()), archive);
            assertTrue(june.record().text().replaceAll("\\s+", "").contains("（环比增长1.9%）"), june.record().text());
        }
    }

    @Test
    void aMonthWithNothingAcceptedIsWordedAsSuchAndNeverDividedBy() {
        ObjectNode may = Fixtures.data(Fixtures.REFERENCE);
        for (String level : List.of("own", "lower")) {
            ObjectNode counts = (ObjectNode) may.get("caseHandling").get(level);
            counts.put("accepted", 0);
            counts.put("completed", 0);
        }
        String text = text(press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, june())
                .withHistory(new History(may, null))));
        assertTrue(text.contains("事项82101件（上月无受理件）、办结81854件（上月无办结件），办结率为99.70%（上月无办件）。"), text);
    }

    @Test
    void aYearAgoIssueAddsTheSameYearOnYear() {
        ObjectNode lastJune = june();
        lastJune.put("period", "2019-06");
        lastJune.withObjectProperty("hotline").put("calls", 2034);
        lastJune.withObjectProperty("hotline").put("connectionRate", 99.5);
        String text = text(press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, june())
                .withHistory(new History(Fixtures.data(Fixtures.REFERENCE), lastJune))));
        assertTrue(text.contains("接听总量为2034件（环比增长6.4%，同比持平）"), text);
    }

    @Test
    void theDigestDrawsTheTrendOfTheMonthsTheArchiveHolds() {
        ObjectNode april = Fixtures.data(Fixtures.REFERENCE);
        april.put("period", "2020-04");
        History history;
        try (ArchiveStore archive = ArchiveStore.open(archiveFolder)) {
            press.publish(new RenderRequest(Fixtures.KIND, null, Format.PDF, april), archive);
            press.publish(new RenderRequest(Fixtures.KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE)), archive);
            history = ArchiveHistory.find(archive, Fixtures.KIND, june());
        }
        assertEquals(2, history.trend().size());
        RenderedDocument digest = press.render(new RenderRequest(Fixtures.KIND, "digest", Format.PDF, june()).withHistory(history));
        String text = text(digest);
        assertTrue(text.contains("受理件数走势"), text);
        assertFalse(text(press.render(new RenderRequest(Fixtures.KIND, "digest", Format.PDF, june()))).contains("走势"));
    }

    @Test
    void withoutAnEarlierIssueTheReferenceRendersByteForByteAsBefore() {
        byte[] plain = press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE))).bytes();
        byte[] empty = press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE))
                .withHistory(History.NONE)).bytes();
        assertFalse(text(press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE))))
                .contains("环比"));
        assertArrayEquals(plain, empty);
    }

    @Test
    void lintWarnsOfASwingOfLastMonthsFiguresCarriedOverAndOfATypedChangeTheFiguresDoNotBearOut() {
        ObjectNode may = Fixtures.data(Fixtures.REFERENCE);
        ObjectNode copy = june();
        copy.set("caseHandling", may.get("caseHandling").deepCopy());
        copy.set("evaluation", may.get("evaluation").deepCopy());
        copy.withObjectProperty("hotline").put("calls", 1912);
        copy.withObjectProperty("hotline").put("answeredOnline", 1800);
        ((ObjectNode) copy.get("news").get("own").get(0)).put("text", "本月受理量环比增长5%，办结率环比提高0.3个百分点。");
        LintReport report = press.lint(Fixtures.KIND, null, copy, new History(may, null));
        List<String> rules = report.warnings().stream().map(Finding::rule).toList();
        assertTrue(rules.contains("sameAsPrevious"), report.toString());
        List<Finding> typed = report.warnings().stream().filter(f -> f.rule().equals("typedChange")).toList();
        assertEquals(2, typed.size(), typed.toString());
        assertEquals(List.of("$.news.own[0].text"), typed.get(0).paths());
        assertEquals("环比持平", typed.get(0).expected());

        ObjectNode swung = june();
        swung.withObjectProperty("hotline").put("calls", 4000);
        swung.withObjectProperty("hotline").put("answeredOnline", 3887);
        LintReport swing = press.lint(Fixtures.KIND, null, swung, new History(may, null));
        Finding calls = swing.warnings().stream().filter(f -> f.rule().equals("swing")).findFirst().orElseThrow();
        assertEquals(List.of("$.hotline.calls"), calls.paths());
        assertTrue(calls.message().contains("环比增长109.2%"), calls.message());
    }

    @Test
    void aTypedChangeThatAgreesWithTheFiguresIsNoFinding() {
        ObjectNode copy = june();
        ((ObjectNode) copy.get("news").get("own").get(0)).put("text", "本月受理量环比增长1.9%，办结率环比提高0.12个百分点，热线来电环比增长6.38%。");
        LintReport report = press.lint(Fixtures.KIND, null, copy, new History(Fixtures.data(Fixtures.REFERENCE), null));
        assertEquals(List.of(), report.findings().stream().filter(f -> f.rule().equals("typedChange")).toList());
    }

}
