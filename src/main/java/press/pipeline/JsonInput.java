package press.pipeline;

import press.failure.Failure;
import press.failure.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request data: one JSON object, nothing after it, no duplicate keys, decimals kept
 * exact. Errors carry the line and column.
 */
public final class JsonInput {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonInput() {
    }

    public static JsonNode object(byte[] json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            throw Failure.at(Reason.MALFORMED_JSON, "malformed JSON at line " + line + ", column " + column + ": "
                    + e.getOriginalMessage(), line, column);
        }
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw Failure.at(Reason.MALFORMED_JSON, "malformed JSON at line 1, column 1: the data must be a JSON object",
                    1, 1);
        }
        return node;
    }
}
