package press.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.failure.Reason;
import press.fonts.FontLibrary;
import press.fonts.FontRun;
import press.fonts.FontSource;
import press.model.Document;
import press.model.ItemList;
import press.model.Metadata;
import press.model.Text;
import press.render.style.Align;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.StyleSheetLoader;
import press.testing.Documents;
import press.testing.Failures;
import press.testing.Fixtures;

/** The layout step decides what every element prints, the same for every format. */
class DocumentLayoutTest {

    private static final FontLibrary FONTS = FontLibrary.load(Fixtures.root().resolve("fonts"));
    private static final StyleSheet JIANBAO = new StyleSheetLoader().load(
            Fixtures.root().resolve("templates/gov-service-monthly/jianbao.style.json"));
    private static final DocumentLayout LAYOUT = new DocumentLayout(JIANBAO, FONTS, Slack.NONE);

    @Test
    void theFontPlanHoldsEveryCharacterTheLayoutPrintsAndEveryDigitAPageNumberCanHave() {
        LaidOutDocument laidOut = LAYOUT.layOut(Documents.titled("全州政务服务工作概况").heading(1, "工作完成情况")
                .paragraph("受理“一件事”3,212件，办结率99.58%。").attachments("统计表", "排名表")
                .appendixTable("统计表", Documents.rows("区域|件数", "马尔康市|23112")).closing().build());
        Map<FontSource, int[]> plan = laidOut.fontPlan();
        List<FontRun> printed = new ArrayList<>();
        for (Section section : laidOut.sections()) {
            section.parts().forEach(part -> printed.addAll(runs(part)));
        }
        for (int page : new int[] {1, 10, 2345, 67890}) {
            printed.addAll(laidOut.pageNumbers().runs(page));
        }
        assertFalse(printed.isEmpty());
        for (FontRun run : printed) {
            int[] planned = plan.get(run.face().source());
            run.text().codePoints().filter(c -> c != '\n').forEach(c -> assertTrue(
                    planned != null && Arrays.binarySearch(planned, c) >= 0,
                    "'" + Character.toString(c) + "' of \"" + run.text() + "\" is not planned into " + run.face().file()));
        }
    }

    @Test
    void pageNumbersFollowTheStyleSheetsFormat() {
        LaidOutDocument laidOut = LAYOUT.layOut(Documents.titled("标题").build());
        assertEquals("— 7 —", laidOut.pageNumbers().text(7));
        assertEquals("— 128 —", laidOut.pageNumbers().text(128));
    }

    @Test
    void attachmentNamesHangUnderTheirFirstCharacterAfterTheLabelAndNumber() {
        List<TextParagraph> lines = paragraphs(LAYOUT.layOut(Documents.titled("标题").attachments("统计表", "排名表").build()),
                Role.ATTACHMENTS);
        assertEquals(List.of("附件：1.统计表", "2.排名表"), lines.stream().map(DocumentLayoutTest::text).toList());
        float character = JIANBAO.role(Role.ATTACHMENTS).characterWidth();
        float label = FONTS.width("附件：", "body", 16, JIANBAO.role(Role.ATTACHMENTS).letterSpacing());
        float number = FONTS.width("1.", "body", 16, JIANBAO.role(Role.ATTACHMENTS).letterSpacing());
        assertEquals(2 * character + label + number, lines.get(0).indent().left(), 0.01);
        assertEquals(label + number, lines.get(0).indent().hang(), 0.01);
        assertEquals(number, lines.get(1).indent().hang(), 0.01, "later names hang after their number only");
        assertFalse(lines.get(0).flushTop());
        assertTrue(lines.get(1).flushTop(), "later names follow the first without space");
    }

    @Test
    void aSingleAttachmentHasNoNumber() {
        List<TextParagraph> lines = paragraphs(LAYOUT.layOut(Documents.titled("标题").attachments("统计表").build()),
                Role.ATTACHMENTS);
        assertEquals(List.of("附件：统计表"), lines.stream().map(DocumentLayoutTest::text).toList());
    }

    @Test
    void headingsCarryTheStyleSheetsMarker() {
        TextParagraph heading = paragraphs(LAYOUT.layOut(Documents.titled("标题").heading(1, "工作情况").build()),
                Role.HEADING1).get(0);
        assertEquals("●工作情况", text(heading));
    }

    @Test
    void orderedListItemsAreNumbered() {
        Document document = new Document(Metadata.titled("标题"), List.of(ItemList.of(true,
                List.of(List.of(new Text("甲")), List.of(new Text("乙"))))));
        assertEquals(List.of("1.甲", "2.乙"), paragraphs(LAYOUT.layOut(document), Role.BODY).stream()
                .map(DocumentLayoutTest::text).toList());
    }

    @Test
    void eachAppendixStartsASectionLandscapeOnlyWhenItsTableDoesNotFitPortrait() {
        String wide = String.join("|", java.util.Collections.nCopies(16, "统计项目名称"));
        LaidOutDocument laidOut = LAYOUT.layOut(Documents.titled("标题").paragraph("正文")
                .appendixTable("窄表", Documents.rows("区域|件数", "马尔康市|1"))
                .appendixTable("宽表", Documents.rows(wide, wide)).build());
        assertEquals(3, laidOut.sections().size());
        assertEquals(List.of(false, false, true), laidOut.sections().stream().map(Section::landscape).toList());
        assertEquals(JIANBAO.page().landscape(), laidOut.sections().get(2).page());
        TextParagraph label = (TextParagraph) laidOut.sections().get(1).parts().get(0);
        assertEquals("附件1：窄表", text(label), "the 简报 sets label and title on one line");
        assertEquals(Role.APPENDIX_LABEL, ((TextSpan) label.spans().get(0)).role());
        LaidOutTable table = (LaidOutTable) laidOut.sections().get(2).parts().get(1);
        assertEquals(JIANBAO.page().landscape().textWidth(), sum(table.columnWidths()), 0.5);
    }

    @Test
    void aWordProcessorGetsWiderNumberColumnsAndASpareCharacterBesideTheDate() {
        Document document = Documents.titled("标题").appendixTable("表", Documents.rows("区域|件数", "马尔康市|1")).closing().build();
        ClosingBlock exact = closing(LAYOUT.layOut(document));
        ClosingBlock word = closing(new DocumentLayout(JIANBAO, FONTS, Slack.WORD_PROCESSOR).layOut(document));
        // a spare character, then room for digits up to 0.64 em (ours 0.5) and LibreOffice's 0.2 em
        // between CJK and digits: "2020年6月10日印" has 7 digits and 5 such changes
        float size = JIANBAO.role(Role.CLOSING).size();
        assertEquals(JIANBAO.role(Role.CLOSING).characterWidth() + (7 * 0.14f + 5 * 0.2f) * size,
                word.dateWidth() - exact.dateWidth(), 0.01);
    }

    @Test
    void theClosingBlockHasThickOuterRulesThinInnerOnesAndTheDateAtTheRight() {
        ClosingBlock closing = closing(LAYOUT.layOut(Documents.titled("标题").closing().build()));
        float thick = JIANBAO.closing().thickRule();
        float thin = JIANBAO.closing().thinRule();
        List<ClosingRow> rows = closing.rows();
        assertEquals(4, rows.size(), "disclosure, 报, 送, office and date");
        assertEquals(List.of(0f, thick, thin, thin), rows.stream().map(ClosingRow::topRule).toList());
        assertEquals(List.of(0f, 0f, 0f, thick), rows.stream().map(ClosingRow::bottomRule).toList());
        assertEquals("信息公开选项：主动公开", text(rows.get(0).cells().get(0).paragraph()));
        assertEquals("送：州委办公室，州政府办公室。", text(rows.get(2).cells().get(0).paragraph()));
        TextParagraph date = rows.get(3).cells().get(1).paragraph();
        assertEquals("2020年6月10日印", text(date));
        assertEquals(Align.RIGHT, date.align());
        assertNull(rows.get(3).cells().get(0).paragraph().align(), "the office keeps its role's alignment");
    }

    @Test
    void aClosingBlockWithoutDistributionHasOneThickRuleAboveTheOffice() {
        ClosingBlock closing = closing(LAYOUT.layOut(Documents.titled("标题")
                .closing(c -> new press.model.Closing("", List.of(), c.office(), c.printDate())).build()));
        assertEquals(1, closing.rows().size());
        assertEquals(JIANBAO.closing().thickRule(), closing.rows().get(0).topRule());
    }

    @Test
    void aCharacterNoFontDrawsIsAFailureSayingWhereItIs() {
        var failure = Failures.assertFails(Reason.UNCOVERED_CHARACTER, () -> LAYOUT.layOut(Documents.titled("标题")
                .appendixTable("表", Documents.rows("区域|件数", "马尔康市\uD83D\uDE00|1")).build()));
        assertEquals("附件1, table (block 1), body row 1", Failures.detail(failure, "where"));
    }

    private static List<FontRun> runs(Part part) {
        List<FontRun> runs = new ArrayList<>();
        switch (part) {
            case TextParagraph paragraph -> runs.addAll(runs(paragraph.spans()));
            case MastheadLine line -> {
                runs.addAll(runs(line.office()));
                runs.addAll(runs(line.date()));
            }
            case LaidOutTable table -> table.rows().forEach(row -> row.cells().forEach(cell -> runs.addAll(runs(cell.content()))));
            case ClosingBlock closing -> closing.rows().forEach(row -> row.cells().forEach(cell -> runs.addAll(
                    runs(cell.paragraph().spans()))));
            case HeadPart head -> head.texts().forEach(text -> runs.addAll(runs(text.spans())));
            case SignatureBlock signature -> signature.lines().forEach(line -> runs.addAll(runs(line.text().spans())));
            case GridSnap snap -> {
            }
            case LaidOutFigure figure -> {
            }
            case press.render.layout.LaidOutChart chart -> {
                runs.addAll(runs(chart.title().spans()));
                chart.categories().forEach(name -> runs.addAll(runs(name.spans())));
            }
            case NewPage newPage -> {
            }
        }
        return runs;
    }

    private static List<FontRun> runs(List<Span> spans) {
        List<FontRun> runs = new ArrayList<>();
        for (Span span : spans) {
            if (span instanceof TextSpan text) {
                runs.addAll(text.runs());
            }
        }
        return runs;
    }

    private static List<TextParagraph> paragraphs(LaidOutDocument laidOut, Role role) {
        return laidOut.sections().stream().flatMap(section -> section.parts().stream())
                .filter(part -> part instanceof TextParagraph paragraph && paragraph.role() == role)
                .map(TextParagraph.class::cast).toList();
    }

    private static ClosingBlock closing(LaidOutDocument laidOut) {
        List<Part> last = laidOut.sections().get(laidOut.sections().size() - 1).parts();
        return (ClosingBlock) last.get(last.size() - 1);
    }

    private static String text(TextParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        runs(paragraph.spans()).forEach(run -> text.append(run.text()));
        return text.toString();
    }

    private static float sum(List<Float> widths) {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        return sum;
    }
}
