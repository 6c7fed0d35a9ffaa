package press.template;

import java.util.Objects;

/** One way the data breaks its kind's schema: the JSON path of the offending value and why. */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
