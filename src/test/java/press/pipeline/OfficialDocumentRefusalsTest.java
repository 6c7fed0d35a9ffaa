package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import press.failure.Reason;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A joint signature the standard cannot print is refused as the data's fault (422), never half
 * printed: organs sealed by some and not others, or more organs and seals than a page holds.
 */
class OfficialDocumentRefusalsTest {

    private static ObjectNode example() throws IOException {
        return (ObjectNode) JsonInput.object(Files.readAllBytes(Fixtures.press().catalogue().kind("official-document")
                .orElseThrow().exampleFile("wenjian")));
    }

    private static void render(ObjectNode data) {
        Fixtures.press().render(new RenderRequest("official-document", "wenjian", Format.PDF, data));
    }

    @Test
    void organsSealedBySomeAndNotOthersAreRefusedAtTheirPath() throws IOException {
        ObjectNode data = example();
        ((ObjectNode) data.at("/signature/organs/1")).remove("seal");
        var failure = Failures.assertFails(Reason.INVALID_DATA, () -> render(data));
        assertTrue(failure.getMessage().contains("$.signature.organs"), failure.getMessage());
    }

    @Test
    void moreSealsThanAPageHoldsAreRefusedNotCutAtThePageFoot() throws IOException {
        ObjectNode data = example();
        String seal = data.at("/signature/organs/0/seal").asString();
        ArrayNode organs = ((ObjectNode) data.get("signature")).putArray("organs");
        for (int i = 0; i < 8; i++) {
            organs.addObject().put("office", "云岭市第" + i + "个参与联合发文的名称很长的机关单位").put("seal", seal);
        }
        var failure = Failures.assertFails(Reason.INVALID_DATA, () -> render(data));
        assertTrue(failure.getMessage().contains("排不进一页"), failure.getMessage());
    }
}
