package press.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing the proofreading found: how much it weighs, which rule, the JSON paths of the data
 * involved, the value the rule expected and the value found, and a line a clerk understands.
 */
public record Finding(Severity severity, String rule, List<String> paths, String expected, String found, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        paths = List.copyOf(paths);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(message, "message");
    }

    /** As a JSON object: severity, rule, paths, expected, found, message. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("severity", severity.key());
        map.put("rule", rule);
        map.put("paths", paths);
        map.put("expected", expected);
        map.put("found", found);
        map.put("message", message);
        return map;
    }

    /** The message for a clerk: the Chinese half of one written "中文 / English", else all of it. */
    public String chinese() {
        return Bilingual.split(message).map(Bilingual::chinese).orElse(message);
    }

    @Override
    public String toString() {
        return severity.key() + " " + String.join(", ", paths) + ": " + message + "（应为 " + expected + "，实为 " + found + "）";
    }
}
