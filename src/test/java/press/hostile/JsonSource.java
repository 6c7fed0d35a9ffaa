package press.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON written inline in the corpus. */
final class JsonSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSource() {
    }

    static JsonNode parse(String text) {
        return JSON.readTree(text);
    }
}
