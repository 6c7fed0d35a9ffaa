package press.model;

import java.util.Objects;

/** Literal text; any character is allowed, it is never interpreted as markup. */
public record Text(String value) implements Inline {

    public Text {
        Objects.requireNonNull(value, "text value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
    }
}
