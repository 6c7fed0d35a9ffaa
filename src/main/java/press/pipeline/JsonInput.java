package press.pipeline;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    /**
     * The bytes as strict UTF-8: overlong forms, code points above U+10FFFF and encoded
     * surrogates are refused with the byte where they start, as RFC 3629 says, not let through.
     */
    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Failure(Reason.MALFORMED_JSON, "the body is not valid UTF-8: byte " + (in.position() + 1)
                    + " starts a sequence that is not a character", List.of(Map.of("byte", in.position() + 1)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Jackson's message without the names of its own classes, which say nothing to a client. */
    private static String readable(String message) {
        return message == null ? "unreadable JSON" : message.replaceAll("`?\\b(tools|com)\\.[\\w.$]+`?", "a value");
    }

    public static JsonNode object(byte[] json) {
        JsonNode node;
        try {
            node = JSON.readTree(utf8(json));
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            throw Failure.at(Reason.MALFORMED_JSON, "malformed JSON at line " + line + ", column " + column + ": "
                    + readable(e.getOriginalMessage()), line, column);
        }
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw Failure.at(Reason.MALFORMED_JSON, "malformed JSON at line 1, column 1: the data must be a JSON object",
                    1, 1);
        }
        return node;
    }
}
