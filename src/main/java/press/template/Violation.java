package press.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One way the data breaks its kind's schema: the JSON path of the offending value, why, and the
 * rule it breaks (the schema keyword, or the check that no kind passes; empty where unknown).
 */
public record Violation(String path, String message, String rule) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    public Violation(String path, String message) {
        this(path, message, "");
    }

    /** As the details of a refusal: path, message and, where known, rule. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("path", path);
        map.put("message", message);
        if (!rule.isEmpty()) {
            map.put("rule", rule);
        }
        return map;
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
