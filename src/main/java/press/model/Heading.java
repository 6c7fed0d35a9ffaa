package press.model;

import java.util.List;

/** A section heading; level 1 is the highest (一、), level 4 the lowest (（1）). */
public record Heading(int level, List<Inline> content) implements Block {

    public static final int MAX_LEVEL = 4;

    public Heading {
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("heading level must be 1.." + MAX_LEVEL + ", was " + level);
        }
        content = Checks.nonEmptyCopy(content, "heading");
    }
}
