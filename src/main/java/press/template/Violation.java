package press.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import press.figures.Bilingual;

/**
 * One way the data breaks its kind's schema: the JSON path of the offending value, why (in
 * English for programs and logs, in Chinese for a clerk), and the rule it breaks (the schema
 * keyword, or the check that no kind passes; empty where unknown).
 */
public record Violation(String path, String message, String chinese, String rule) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(rule, "rule");
    }

    public Violation(String path, String message, String chinese) {
        this(path, message, chinese, "");
    }

    /** From words written "中文 / English"; words without an English half serve as both. */
    public static Violation bilingual(String path, String words, String rule) {
        return Bilingual.split(words).map(halves -> new Violation(path, halves.english(), halves.chinese(), rule))
                .orElseGet(() -> new Violation(path, words, words, rule));
    }

    /** As the details of a refusal: path, message, its Chinese (messageZh) and, where known, rule. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("path", path);
        map.put("message", message);
        map.put("messageZh", chinese);
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
