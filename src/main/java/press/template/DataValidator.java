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
        // a number out of range is reported, and the schema sees 0 in its place, so that every other violation is named too
        JsonNode checked = TextChecks.check(data, "$", violations) ? data : TextChecks.inRange(data);
        Set<String> seen = new HashSet<>();
        violations.forEach(violation -> seen.add(violation.path()));
        Schema schema = schemas.computeIfAbsent(kind.name(), name -> compile(kind));
        // one violation a path: the rule that says most about it (for a value of the wrong kind where several forms
        // are allowed, that it is none of them), else the first it breaks; branches of a schema repeat each other
        Map<String, Violation> byPath = new java.util.LinkedHashMap<>();
        for (Error error : schema.validate(checked)) {
            Violation violation = violation(error, data);
            if (!seen.contains(violation.path()) && (!byPath.containsKey(violation.path()) || telling(error))) {
                byPath.put(violation.path(), violation);
            }
        }
        violations.addAll(byPath.values());
        return violations;
    }

    /**
     * The data with pasted line breaks made paragraph breaks wherever the kind's schema takes
     * several paragraphs ({@link PastedText}); a text with line breaks where one paragraph fits is
     * added to {@code refused} at its path.
     */
    public JsonNode paragraphs(Kind kind, JsonNode data, List<Violation> refused) {
        Schema schema = schemas.computeIfAbsent(kind.name(), name -> compile(kind));
        PastedText.Result result = PastedText.paragraphs(data, (candidate, path) -> schema.validate(candidate).stream()
                .map(error -> error.getInstanceLocation().toString())
                .noneMatch(at -> at.equals(path) || at.startsWith(path + ".") || at.startsWith(path + "[")));
        refused.addAll(result.refused());
        return result.data();
    }

    /** A oneOf/anyOf over a boolean or null: "应为数字或文字" says more than any branch's own complaint. */
    private static boolean telling(Error error) {
        JsonNode value = error.getInstanceNode();
        return ("oneOf".equals(error.getKeyword()) || "anyOf".equals(error.getKeyword()))
                && value != null && (value.isBoolean() || value.isNull());
    }

    public void check(Kind kind, JsonNode data) {
        List<Violation> violations = violations(kind, data);
        if (!violations.isEmpty()) {
            throw refusal(violations, List.of());
        }
    }

    /**
     * The refusal of data that break the schema, naming at most {@link #SHOWN} problems: the
     * violations, then {@code alsoFigures}, the proofreading's errors found in the same data, so
     * that one answer names everything to fix. A finding's detail carries its first path as
     * {@code path} too, as a violation's does.
     */
    public static Failure refusal(List<Violation> violations, List<press.figures.Finding> alsoFigures) {
        List<Map<String, Object>> details = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        violations.forEach(v -> {
            details.add(v.toMap());
            lines.add(v.toString());
        });
        alsoFigures.forEach(finding -> {
            Map<String, Object> detail = new java.util.LinkedHashMap<>(finding.toMap());
            if (!finding.paths().isEmpty()) {
                detail.put("path", finding.paths().get(0));
            }
            details.add(detail);
            lines.add(finding.toString());
        });
        int total = details.size();
        String more = total > SHOWN ? "; the first " + SHOWN + " are listed" : "";
        String figures = alsoFigures.isEmpty() ? "" : ", " + alsoFigures.size() + " of them in the figures";
        List<String> chinese = new ArrayList<>();
        violations.forEach(v -> chinese.add(v.path() + "：" + v.chinese()));
        alsoFigures.forEach(finding -> chinese.add(String.join("、", finding.paths()) + "：" + finding.chinese()));
        return new Failure(Reason.INVALID_DATA, "the data do not match the template's schema (" + total + " problems"
                + figures + more + "):\n  " + String.join("\n  ", lines.subList(0, Math.min(total, SHOWN))),
                details.subList(0, Math.min(total, SHOWN)))
                .inChinese("数据有 " + total + " 处不符合这一种类的要求" + (alsoFigures.isEmpty() ? "" : "（其中数字核对 "
                        + alsoFigures.size() + " 处）") + (total > SHOWN ? "，列出前 " + SHOWN + " 处" : "") + "："
                        + String.join("；", chinese.subList(0, Math.min(total, SHOWN))));
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

    /** A missing or unexpected property is reported at its own path, not its parent's; the wording by {@link ViolationWording}. */
    private static Violation violation(Error error, JsonNode data) {
        String parent = error.getInstanceLocation().toString();
        String message = error.getMessage();
        if (message.startsWith(parent + ": ")) {
            message = message.substring(parent.length() + 2);
        }
        boolean namesProperty = error.getProperty() != null
                && ("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword())
                || "unevaluatedProperties".equals(error.getKeyword()));
        return ViolationWording.of(error, namesProperty ? parent + "." + error.getProperty() : parent, message, data);
    }
}
