package press.template;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import press.catalogue.Kind;
import press.failure.Failure;
import press.failure.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks data against its kind's JSON Schema (draft 2020-12). Schemas are compiled once per
 * kind; a compiled schema is immutable and shared by all threads. Pictures are decoded where the
 * schema says {@code "format": "image-data-uri"} ({@link ImageFormat}), and nowhere else.
 */
public final class DataValidator {

    /** At most this many violations are listed: data pasted wrong can break thousands of rules at once. */
    static final int SHOWN = 50;


    /** Draft 2020-12 knowing one more format, {@link ImageFormat}: the fields that hold pictures. */
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getDraft202012()).format(new ImageFormat()).build(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /**
     * Every violation, in document order; empty when the data is valid. What no kind accepts
     * (unprintable characters, impossible dates, numbers beyond any figure) is checked first,
     * and where a number is out of range the schema is not consulted: its validator cannot
     * compare such a number with a bound.
     */
    public List<Violation> violations(Kind kind, JsonNode data) {
        List<Violation> violations = new ArrayList<>();
        if (!TextChecks.check(data, "$", violations)) {
            return violations;
        }
        Set<String> seen = new HashSet<>();
        violations.forEach(violation -> seen.add(violation.path()));
        Schema schema = schemas.computeIfAbsent(kind.name(), name -> compile(kind));
        // one violation a path: the first rule it breaks says enough, and branches of a schema repeat each other
        schema.validate(data).stream().map(DataValidator::violation)
                .filter(violation -> seen.add(violation.path()))
                .forEach(violations::add);
        return violations;
    }

    public void check(Kind kind, JsonNode data) {
        List<Violation> violations = violations(kind, data);
        if (!violations.isEmpty()) {
            List<Violation> shown = violations.subList(0, Math.min(violations.size(), SHOWN));
            String more = violations.size() > SHOWN ? "; the first " + SHOWN + " are listed" : "";
            throw new Failure(Reason.INVALID_DATA, "the data do not match the template's schema (" + violations.size()
                    + " problems" + more + "):\n  " + shown.stream().map(Violation::toString).collect(Collectors.joining("\n  ")),
                    shown.stream().<Map<String, Object>>map(v -> Map.of("path", v.path(), "message", v.message(),
                            "messageZh", v.chinese())).toList())
                    .inChinese("数据有 " + violations.size() + " 处不符合这一种类的要求" + (violations.size() > SHOWN
                            ? "（列出前 " + SHOWN + " 处）" : "") + "：" + shown.stream().map(v -> v.path() + "：" + v.chinese())
                            .collect(Collectors.joining("；")));
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
        return new Violation(namesProperty ? parent + "." + error.getProperty() : parent, message,
                ViolationWording.chinese(error));
    }
}
