package press.template;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import press.catalogue.Kind;
import press.failure.Failure;
import press.failure.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks data against its kind's JSON Schema (draft 2020-12). Schemas are compiled once per
 * kind; a compiled schema is immutable and shared by all threads.
 */
public final class DataValidator {

    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(15);

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /**
     * Every violation, in document order; empty when the data is valid. A number no bulletin
     * prints (beyond ±10^15) is refused before the schema sees it: the validator cannot compare
     * it with a bound, and no count or rate is ever that large.
     */
    public List<Violation> violations(Kind kind, JsonNode data) {
        List<Violation> outOfRange = new ArrayList<>();
        numbersInRange(data, "$", outOfRange);
        if (!outOfRange.isEmpty()) {
            return outOfRange;
        }
        Schema schema = schemas.computeIfAbsent(kind.name(), name -> compile(kind));
        return schema.validate(data).stream().map(DataValidator::violation).toList();
    }

    private static void numbersInRange(JsonNode node, String path, List<Violation> violations) {
        if (node.isNumber()) {
            if (node.decimalValue().abs().compareTo(LARGEST) > 0) {
                violations.add(new Violation(path, "the number " + node.decimalValue().toString()
                        + " is beyond any figure a bulletin prints (at most 10^15)"));
            }
        } else if (node.isObject()) {
            node.properties().forEach(property -> numbersInRange(property.getValue(), path + "." + property.getKey(),
                    violations));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbersInRange(node.get(i), path + "[" + i + "]", violations);
            }
        }
    }

    public void check(Kind kind, JsonNode data) {
        List<Violation> violations = violations(kind, data);
        if (!violations.isEmpty()) {
            throw new Failure(Reason.INVALID_DATA, "the data do not match the template's schema (" + violations.size()
                    + " problems):\n  " + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")),
                    violations.stream().<Map<String, Object>>map(v -> Map.of("path", v.path(), "message", v.message())).toList());
        }
    }

    private Schema compile(Kind kind) {
        try {
            JsonNode node = json.readTree(Files.readString(kind.schemaFile()));
            String id = node.path("$id").asString("urn:bulletin-press:" + kind.name());
            return registry.getSchema(SchemaLocation.of(id), node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema of " + kind.name(), e);
        }
    }

    /** A missing or unexpected property is reported at its own path, not its parent's. */
    private static Violation violation(Error error) {
        String parent = error.getInstanceLocation().toString();
        String message = error.getMessage();
        if (message.startsWith(parent + ": ")) {
            message = message.substring(parent.length() + 2);
        }
        boolean namesProperty = error.getProperty() != null
                && ("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword())
                || "unevaluatedProperties".equals(error.getKeyword()));
        return new Violation(namesProperty ? parent + "." + error.getProperty() : parent, message);
    }
}
