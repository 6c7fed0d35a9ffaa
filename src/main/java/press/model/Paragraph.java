package press.model;

import java.util.List;

/** A body paragraph. */
public record Paragraph(List<Inline> content) implements Block {

    public Paragraph {
        content = Checks.nonEmptyCopy(content, "paragraph");
    }
}
