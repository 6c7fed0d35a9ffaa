package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One refusal names every violation, the schema's and the figures' together, render and lint
 * alike; each message says what to do, in Chinese and English, without a regular expression.
 */
class AllViolationsAtOnceTest {

    private final BulletinPress press = Fixtures.press();

    static ObjectNode example(String kind, String file) {
        try {
            return (ObjectNode) JsonInput.object(Files.readAllBytes(Fixtures.root().resolve("templates").resolve(kind).resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> at(Failure failure, String path) {
        return failure.details().stream().filter(detail -> path.equals(detail.get("path"))).findFirst()
                .orElseThrow(() -> new AssertionError("nothing at " + path + " in " + failure.details()));
    }

    @Test
    void aHugeNumberABlankTitleAMissingFieldAndAFigureThatDoesNotAddUpAreRefusedTogether() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ((ObjectNode) data.get("caseHandling").get("own")).put("accepted", new java.math.BigDecimal("1E16"));
        data.put("title", "   ");
        data.remove("region");
        ((ObjectNode) data.get("appendices").get("evaluation").get("rows").get(0)).put("evaluations", 5);
        for (Runnable attempt : List.<Runnable>of(
                () -> press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)),
                () -> press.lint(Fixtures.KIND, null, data))) {
            Failure failure = Failures.assertFails(Reason.INVALID_DATA, attempt::run);
            assertTrue(String.valueOf(at(failure, "$.caseHandling.own.accepted").get("messageZh")).contains("过大"));
            String blank = String.valueOf(at(failure, "$.title").get("messageZh"));
            assertTrue(String.valueOf(at(failure, "$.title").get("message")).startsWith("must not be blank"));
            assertTrue(blank.startsWith("不能为空或只有空格") && !blank.contains("regex") && !blank.contains("^"), blank);
            at(failure, "$.region");
            assertEquals("sum", at(failure, "$.appendices.evaluation.rows[0].evaluations").get("rule"));
        }
    }

    @Test
    void aBooleanCellIsNamedAsSuchNotAsNoneOfTheSchemasBranches() {
        ObjectNode data = example("generic-bulletin", "example.json");
        ArrayNode row = (ArrayNode) data.at("/sections/1/blocks/0/table/body/0");
        row.set(1, BooleanNode.TRUE);
        Failure failure = Failures.assertFails(Reason.INVALID_DATA,
                () -> press.render(new RenderRequest("generic-bulletin", null, Format.PDF, data)));
        String message = String.valueOf(at(failure, "$.sections[1].blocks[0].table.body[0][1]").get("messageZh"));
        assertTrue(message.contains("应为数字或文字，实为 true") && !message.contains("one and only one"), message);
    }

    @Test
    void aTypedBlocksFieldIsNamedWithItsBlock() {
        ObjectNode data = example("official-document", "example.jiyao.json");
        ((ObjectNode) data.at("/body/1")).remove("text");
        Failure failure = Failures.assertFails(Reason.INVALID_DATA,
                () -> press.render(new RenderRequest("official-document", "jiyao", Format.PDF, data)));
        String message = String.valueOf(at(failure, "$.body[1].text").get("messageZh"));
        assertTrue(String.valueOf(at(failure, "$.body[1].text").get("message")).startsWith("in the heading block at $.body[1]: "));
        assertTrue(message.startsWith("heading 块 $.body[1] 中"), message);
    }

    @Test
    void aGongwenWithoutItsSignatureSaysWhichFieldsToFillIn() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        data.remove("signature");
        Failure failure = Failures.assertFails(Reason.INVALID_FIGURES,
                () -> press.render(new RenderRequest(Fixtures.KIND, "gongwen", Format.PDF, data)));
        assertEquals(1, failure.details().size(), failure.details().toString());
        assertTrue(String.valueOf(failure.details().get(0).get("message"))
                .startsWith("缺少署名：请填写 signature.office 与 signature.date"), failure.getMessage());
        assertFalse(press.lint(Fixtures.KIND, "gongwen", data).errors().isEmpty());
    }
}
