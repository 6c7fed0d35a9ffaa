package press.pipeline;

import java.util.List;
import press.fonts.UncoveredCharacterException;

/**
 * A character no bundled font covers, traced back to the JSON paths of the data that contain
 * it (empty when it came from the template itself).
 */
public final class UncoveredCharacterError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String character;
    private final String codePoint;
    private final transient List<String> paths;

    public UncoveredCharacterError(UncoveredCharacterException cause, List<String> paths) {
        super("character '" + cause.character() + "' (" + UncoveredCharacterException.describe(cause.codePoint())
                + ") is not covered by any bundled font; it occurs "
                + (paths.isEmpty() ? "in the template, " + cause.where() : "at " + String.join(", ", paths)), cause);
        this.character = cause.character();
        this.codePoint = UncoveredCharacterException.describe(cause.codePoint());
        this.paths = List.copyOf(paths);
    }

    public String character() {
        return character;
    }

    public String codePoint() {
        return codePoint;
    }

    public List<String> paths() {
        return paths;
    }
}
