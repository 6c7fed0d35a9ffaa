package press.model;

import java.util.List;

/** The document title, with an optional subtitle line under it. */
public record Title(List<Inline> content, List<Inline> subtitle) implements Block {

    public Title {
        content = Checks.nonEmptyCopy(content, "title");
        subtitle = Checks.copy(subtitle, "subtitle");
    }

    public Title(List<Inline> content) {
        this(content, List.of());
    }
}
