package press.model;

import java.util.List;

/** Emphasised text, set in the bold face of its role. */
public record Strong(List<Inline> content) implements Inline {

    public Strong {
        content = Checks.nonEmptyCopy(content, "strong content");
    }
}
