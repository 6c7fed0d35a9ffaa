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

    /** The message in Chinese: the words given for this failure, or what its reason says in general. */
    public String chinese() {
        return chinese != null ? chinese : reason.chinese();
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
