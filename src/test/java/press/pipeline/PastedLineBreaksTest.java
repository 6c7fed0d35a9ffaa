package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.testing.ExtractedPdf;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text pasted from Word keeps its paragraphs where the schema takes several, loses its tabs,
 * and is refused at its path where only one paragraph fits; lint and render agree.
 */
class PastedLineBreaksTest {

    private final BulletinPress press = Fixtures.press();

    private List<String> lines(String kind, ObjectNode data) {
        assertFalse(press.lint(kind, null, data).hasErrors(), press.lint(kind, null, data).toString());
        return new ExtractedPdf(press.render(new RenderRequest(kind, null, Format.PDF, data)).bytes()).text().lines()
                .map(String::strip).toList();
    }

    @Test
    void aNewsItemPastedWithLineBreaksAndTabsPrintsAsParagraphs() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ObjectNode item = (ObjectNode) data.get("news").get("own").get(0);
        item.put("text", "\t第一段说明培训情况。\r\n\r\n\t第二段\t说明下一步安排。\n");
        List<String> lines = lines(Fixtures.KIND, data);
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("第一段说明培训情况。")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("第二段说明下一步安排。")), lines.toString());
    }

    @Test
    void aParagraphBlockPastedWithLineBreaksBecomesSeveralBlocks() {
        ObjectNode data = AllViolationsAtOnceTest.example("generic-bulletin", "example.json");
        ((ObjectNode) data.at("/sections/0/blocks/1")).put("paragraph", "甲段落内容。\n乙段落内容。");
        List<String> lines = lines("generic-bulletin", data);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("乙段落内容。")), lines.toString());
    }

    @Test
    void aLineBreakWhereOneLineFitsIsRefusedAtItsPathByRenderAndLint() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        data.put("title", "全州政务服务\n工作概况");
        for (Runnable attempt : List.<Runnable>of(
                () -> press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)),
                () -> press.lint(Fixtures.KIND, null, data))) {
            Failure failure = Failures.assertFails(Reason.INVALID_DATA, attempt::run);
            assertEquals(List.of("$.title"), failure.paths());
            assertTrue(failure.details().get(0).get("messageZh").toString().contains("换行"), failure.getMessage());
        }
    }
}
