package press.model;

import java.util.List;
import java.util.Objects;

/** Validation shared by the model's constructors. */
final class Checks {

    private Checks() {
    }

    static <T> List<T> copy(List<T> list, String what) {
        Objects.requireNonNull(list, what);
        for (T item : list) {
            Objects.requireNonNull(item, () -> what + " must not contain null");
        }
        return List.copyOf(list);
    }

    static <T> List<T> nonEmptyCopy(List<T> list, String what) {
        List<T> copy = copy(list, what);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return copy;
    }

    static String text(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Blank optional text becomes the empty string, so absent and empty read the same. */
    static String optionalText(String value) {
        return value == null || value.isBlank() ? "" : value;
    }
}
