package press.failure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What went wrong, anywhere in the service: a {@link Reason}, a message for people, and
 * details for programs, each a small map of JSON-ready values ({@code path}, {@code line},
 * {@code valid}…). Immutable.
 */
public final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final transient List<Map<String, Object>> details;
    private final String chinese;

    public Failure(Reason reason, String message, List<Map<String, Object>> details, Throwable cause) {
        this(reason, message, details, cause, null);
    }

    private Failure(Reason reason, String message, List<Map<String, Object>> details, Throwable cause, String chinese) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.details = details.stream().map(Failure::copy).toList();
        this.chinese = chinese;
    }

    public Failure(Reason reason, String message, List<Map<String, Object>> details) {
        this(reason, message, details, null);
    }

    public Failure(Reason reason, String message) {
        this(reason, message, List.of(), null);
    }

    /** Text that cannot be read, with the line and column where reading stopped. */
    public static Failure at(Reason reason, String message, int line, int column) {
        return new Failure(reason, message, List.of(Map.of("line", line, "column", column)));
    }

    /** A parameter whose value is not one of the valid ones. */
    public static Failure invalidValue(Reason reason, String message, String field, List<String> valid) {
        return new Failure(reason, message, List.of(Map.of("field", field, "valid", List.copyOf(valid))));
    }

    /** The same failure, told to a clerk in these Chinese words. */
    public Failure inChinese(String words) {
        Failure told = new Failure(reason, getMessage(), details, getCause(), Objects.requireNonNull(words, "words"));
        told.setStackTrace(getStackTrace());
        return told;
    }

    /**
     * The message in Chinese: the words given for this failure; a message written Chinese first
     * ("草稿已提交 (the draft …)") as it is; else what its reason says in general.
     */
    public String chinese() {
        if (chinese != null) {
            return chinese;
        }
        String message = getMessage();
        boolean chineseFirst = !message.isEmpty()
                && Character.UnicodeScript.of(message.codePointAt(0)) == Character.UnicodeScript.HAN;
        return chineseFirst ? withoutEnglishTail(message) : reason.chinese();
    }

    /** "草稿已提交 (the draft is submitted)" as "草稿已提交": an English gloss after the Chinese goes. */
    private static String withoutEnglishTail(String message) {
        for (int at = message.indexOf(" ("); at > 0; at = message.indexOf(" (", at + 2)) {
            String tail = message.substring(at + 2);
            if (!tail.isEmpty() && tail.charAt(0) < 128 && Character.isLetter(tail.charAt(0))
                    && tail.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return message.substring(0, at);
            }
        }
        return message;
    }

    public Reason reason() {
        return reason;
    }

    public List<Map<String, Object>> details() {
        return details;
    }

    /** The JSON paths the details name, in order. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (Map<String, Object> detail : details) {
            if (detail.get("path") instanceof String path) {
                paths.add(path);
            }
            if (detail.get("paths") instanceof List<?> list) {
                list.forEach(path -> paths.add(String.valueOf(path)));
            }
        }
        return paths;
    }

    private static Map<String, Object> copy(Map<String, Object> detail) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }
}
