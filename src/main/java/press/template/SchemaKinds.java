package press.template;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What the kind's JSON Schema says a data path holds, as a blank's kind: an integer is a count,
 * a number of at most 100 a percentage, another number a number, a string text. Follows the
 * schema's local {@code $ref}s; a path the schema does not describe has no kind.
 */
final class SchemaKinds {

    static final Pattern PATH = Pattern.compile("\\$((\\.[A-Za-z_][A-Za-z0-9_]*)|(\\[[0-9]+]))+");
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[([0-9]+)]");

    private SchemaKinds() {
    }

    static Optional<BlankKind> kindAt(JsonNode schema, String path) {
        JsonNode node = resolve(schema, schema);
        Matcher step = STEP.matcher(path.substring(1));
        while (step.find()) {
            node = step.group(1) != null ? node.path("properties").path(step.group(1)) : node.path("items");
            node = resolve(schema, node);
            if (node.isMissingNode()) {
                return Optional.empty();
            }
        }
        String type = node.path("type").asString("");
        return switch (type) {
            case "integer" -> Optional.of(BlankKind.COUNT);
            case "number" -> Optional.of(node.path("maximum").isNumber() && node.path("maximum").asDouble() <= 100
                    ? BlankKind.PERCENT : BlankKind.NUMBER);
            case "string" -> Optional.of(BlankKind.TEXT);
            default -> Optional.empty();
        };
    }

    /** The node a local {@code $ref} points at, merged under the referring node's own keys' meaning: the target's. */
    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        for (int depth = 0; depth < 16 && node.has("$ref") && !node.has("type"); depth++) {
            String ref = node.get("$ref").asString("");
            if (!ref.startsWith("#/")) {
                return node;
            }
            node = schema.at(ref.substring(1));
        }
        return node;
    }

    /** The value at a path of the data, or a missing node. */
    static JsonNode valueAt(JsonNode data, String path) {
        JsonNode node = data;
        Matcher step = STEP.matcher(path.substring(1));
        while (step.find() && !node.isMissingNode()) {
            node = step.group(1) != null ? node.path(step.group(1)) : node.path(Integer.parseInt(step.group(2)));
        }
        return node;
    }
}
