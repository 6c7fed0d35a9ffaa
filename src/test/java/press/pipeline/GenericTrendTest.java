package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.failure.Reason;
import press.figures.Finding;
import press.figures.History;
import press.figures.LintReport;
import press.model.ModelDump;
import press.testing.ExtractedPdf;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generic kind's trend block: March, April and May of the wenchuan bulletin are published
 * into a real SQLite archive with other 受理 totals (4873, 5521, 5907); June (6218) then draws
 * the last three of them from its table's 合计 row. Without earlier issues the block is left
 * out; a figure that is not a number is refused at the block's path by render and lint alike.
 */
class GenericTrendTest {

    private static final String KIND = "generic-bulletin";
    private static final String FIGURE = "$.sections[1].blocks[0].table.foot[0][1]";

    private final BulletinPress press = Fixtures.press();

    @TempDir
    Path archiveFolder;

    /** The wenchuan bulletin of that month with that 受理 total (the 公安户政 row takes the difference). */
    private static ObjectNode month(String period, int accepted) {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        data.put("period", period);
        data.put("subtitle", "（2020年" + Integer.parseInt(period.substring(5)) + "月）");
        ((ArrayNode) data.at("/sections/1/blocks/0/table/body/4")).set(1, 2446 + accepted - 6218);
        ((ArrayNode) data.at("/sections/1/blocks/0/table/foot/0")).set(1, accepted);
        return data;
    }

    /** June with a trend block of 受理件数 over three periods after its first paragraph. */
    private static ObjectNode juneWithTrend(String figure) {
        ObjectNode june = Fixtures.data("wenchuan-2020-06");
        ((ArrayNode) june.at("/sections/0/blocks")).addObject().put("type", "trend").put("title", "受理件数走势")
                .put("name", "受理件数").put("figure", figure).put("periods", 3).put("kind", "column").put("unit", "件");
        return june;
    }

    private History publishedSpring() {
        try (ArchiveStore archive = ArchiveStore.open(archiveFolder)) {
            press.publish(new RenderRequest(KIND, null, Format.PDF, month("2020-03", 4873)), archive);
            press.publish(new RenderRequest(KIND, null, Format.PDF, month("2020-04", 5521)), archive);
            press.publish(new RenderRequest(KIND, null, Format.PDF, month("2020-05", 5907)), archive);
            return ArchiveHistory.find(archive, KIND, juneWithTrend(FIGURE));
        }
    }

    private String model(ObjectNode data, History history) {
        var kind = press.catalogue().kind(KIND).orElseThrow();
        return ModelDump.of(press.document(kind, kind.variant(kind.variantNames().get(0)).orElseThrow(), data, history));
    }

    @Test
    void juneDrawsTheLastThreePeriodsOfItsFigureFromTheArchive() {
        History history = publishedSpring();
        assertEquals(3, history.trend().size());
        String model = model(juneWithTrend(FIGURE), history);
        assertTrue(model.contains("chart column labels | 受理件数走势"), model);
        assertTrue(model.contains("categories 4月 / 5月 / 6月"), model);
        assertTrue(model.contains("series 受理件数: 5521 / 5907 / 6218"), model);

        String text = new ExtractedPdf(press.render(new RenderRequest(KIND, null, Format.PDF, juneWithTrend(FIGURE))
                .withHistory(history)).bytes()).text().replaceAll("\\s+", "");
        assertTrue(text.contains("受理件数走势") && text.contains("5521") && text.contains("5907"), text);
        assertFalse(text.contains("4873"), text);
    }

    @Test
    void publishingJuneFindsItsTrendInTheArchiveByItself() {
        try (ArchiveStore archive = ArchiveStore.open(archiveFolder)) {
            press.publish(new RenderRequest(KIND, null, Format.PDF, month("2020-05", 5907)), archive);
            Published june = press.publish(new RenderRequest(KIND, null, Format.PDF, juneWithTrend(FIGURE)), archive);
            String text = june.record().text().replaceAll("\\s+", "");
            assertTrue(text.contains("受理件数走势") && text.contains("5907"), text);
        }
    }

    /** The month with its 窗口办件 table typed and named "cases", after as many paragraphs as given. */
    private static ObjectNode withNamedTable(ObjectNode month, int paragraphsBefore) {
        ArrayNode blocks = (ArrayNode) month.at("/sections/1/blocks");
        ObjectNode table = ((ObjectNode) blocks.get(0).get("table")).deepCopy().put("type", "table").put("id", "cases");
        blocks.removeAll();
        for (int i = 0; i < paragraphsBefore; i++) {
            blocks.addObject().put("type", "paragraph").put("text", "本月窗口办件情况如下。");
        }
        blocks.add(table);
        return month;
    }

    @Test
    void aTableFoundByItsIdGivesTheFigureWhereverItsBlockStands() {
        String figure = "$.sections[1].blocks[?id=cases].foot[0][1]";
        ObjectNode may = withNamedTable(month("2020-05", 5907), 1);
        ObjectNode june = withNamedTable(juneWithTrend(figure), 0);
        String model = model(june, new History(may, null, List.of(may)));
        assertTrue(model.contains("categories 5月 / 6月") && model.contains("series 受理件数: 5907 / 6218"), model);
    }

    @Test
    void theLastPeriodsAreCalendarMonthsSoAMissingMonthDoesNotReachFurtherBack() {
        ObjectNode march = month("2020-03", 4873);
        ObjectNode may = month("2020-05", 5907);
        String model = model(juneWithTrend(FIGURE), new History(may, null, List.of(march, may)));
        assertTrue(model.contains("categories 5月 / 6月") && model.contains("series 受理件数: 5907 / 6218"), model);
    }

    @Test
    void withoutAnEarlierIssueTheBlockIsLeftOut() {
        String model = model(juneWithTrend(FIGURE), History.NONE);
        assertFalse(model.contains("chart"), model);
        assertEquals(model(Fixtures.data("wenchuan-2020-06"), History.NONE), model);
    }

    @Test
    void anEarlierIssueWithoutTheFigureThereIsSkippedNotGuessedAt() {
        ObjectNode april = month("2020-04", 5521);
        ObjectNode may = month("2020-05", 5907);
        ((ArrayNode) may.at("/sections/1/blocks")).removeAll();
        String model = model(juneWithTrend(FIGURE), new History(may, null, List.of(april, may)));
        assertTrue(model.contains("categories 4月 / 6月") && model.contains("series 受理件数: 5521 / 6218"), model);
    }

    @Test
    void aFigureThatIsNotANumberIsRefusedAtTheBlockByRenderAndLint() {
        ObjectNode june = juneWithTrend("$.sections[1].blocks[0].table.foot[0][0]");
        var refused = Failures.assertFails(Reason.INVALID_FIGURES,
                () -> press.render(new RenderRequest(KIND, null, Format.PDF, june)));
        assertEquals(List.of("$.sections[0].blocks[1].figure"), refused.paths());
        LintReport report = press.lint(KIND, null, june);
        List<Finding> errors = report.errors();
        assertEquals(1, errors.size(), report.toString());
        assertEquals(List.of("$.sections[0].blocks[1].figure"), errors.getFirst().paths());
        assertEquals("“合计”", errors.getFirst().found());
    }

    @Test
    void aFigureThatFindsNothingIsRefusedAlike() {
        ObjectNode june = juneWithTrend("$.sections[9].total");
        var refused = Failures.assertFails(Reason.INVALID_FIGURES,
                () -> press.render(new RenderRequest(KIND, null, Format.PDF, june)));
        assertEquals(List.of("$.sections[0].blocks[1].figure"), refused.paths());
        assertEquals(List.of("$.sections[0].blocks[1].figure"), press.lint(KIND, null, june).errors().getFirst().paths());
    }
}
