package press.template;

import java.util.Objects;

/**
 * One way the data breaks its kind's schema: the JSON path of the offending value and why, in
 * English for programs and logs and in Chinese for a clerk.
 */
public record Violation(String path, String message, String chinese) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(chinese, "chinese");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
