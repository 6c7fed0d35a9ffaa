package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import press.failure.Reason;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A typed block of the generic kind is checked by its type alone, so a mistake in it is one
 * error at its path, naming what is wrong — not a cascade from every other type's rules.
 */
class GenericSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"paragraph\", \"text\": \"正文\", \"colspan\": 2}|$.sections[0].blocks[0]|colspan",
        "{\"type\": \"video\", \"src\": \"x\"}|$.sections[0].blocks[0].type|enumeration",
        "{\"type\": \"image\", \"src\": \"http://example.org/a.png\"}|$.sections[0].blocks[0].src|pattern",
        "{\"type\": \"heading\", \"text\": \"标题\", \"level\": 5}|$.sections[0].blocks[0].level|maximum value of 4",
        "{\"type\": \"list\", \"items\": [{\"text\": \"甲\", \"marker\": \"一二三四五六七八九\"}]}|$.sections[0].blocks[0].items[0].marker|8 characters",
        "{\"type\": \"table\", \"columns\": [\"text\"], \"body\": [[\"甲\"]], \"unit\": \"\"}|$.sections[0].blocks[0].unit|characters long",
        "{\"type\": \"pageBreak\", \"text\": \"x\"}|$.sections[0].blocks[0]|text",
        "{\"type\": \"trend\", \"figure\": \"$.sections[1].blocks[0].table.foot[0][1]\", \"chart\": \"line\"}|$.sections[0].blocks[0]|chart",
        "{\"type\": \"trend\", \"figure\": \"$.sections[1].blocks[0].table.foot[0][1]\", \"periods\": 9}|$.sections[0].blocks[0].periods|maximum value of 6"})
    void aMistakeInATypedBlockIsOneErrorAtItsPath(String block, String path, String says) throws Exception {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ArrayNode blocks = (ArrayNode) data.at("/sections/0/blocks");
        blocks.removeAll();
        blocks.add(JSON.readTree(block));
        var refused = Failures.assertFails(Reason.INVALID_DATA, () -> Fixtures.press().render(new RenderRequest(
                "generic-bulletin", null, Format.PDF, data)));
        List<Map<String, Object>> details = refused.details();
        assertEquals(1, details.size(), details.toString());
        assertTrue(details.get(0).get("path").toString().startsWith(path), details.toString());
        assertTrue(details.get(0).get("message").toString().contains(says), details.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"paragraph\", \"text\": [\"甲\", {\"text\": \"乙\", \"bold\": true}, {\"text\": \"丙\", \"kai\": true}]}",
        "{\"type\": \"list\", \"ordered\": true, \"numbering\": \"（一）\", \"items\": [\"甲\", {\"text\": \"乙\", \"list\": {\"items\": [\"丙\"]}}]}",
        "{\"paragraph\": \"旧式段落\"}",
        "{\"type\": \"pageBreak\"}",
        "{\"type\": \"trend\", \"figure\": \"$.sections[1].blocks[0].table.foot[0][1]\", \"kind\": \"column\"}"})
    void aWellFormedBlockRenders(String block) throws Exception {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ArrayNode blocks = (ArrayNode) data.at("/sections/0/blocks");
        blocks.removeAll();
        blocks.add(JSON.readTree(block));
        JsonNode rendered = JSON.valueToTree(Map.of("bytes", Fixtures.press().render(new RenderRequest("generic-bulletin",
                null, Format.PDF, data)).bytes().length));
        assertTrue(rendered.path("bytes").asInt() > 1000);
    }
}
