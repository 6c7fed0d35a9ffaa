package press.model;

import java.util.List;

/** Text set in 楷体 inside running text of another face, as offices set a quotation or a leader's words. */
public record Kai(List<Inline> content) implements Inline {

    public Kai {
        content = Checks.nonEmptyCopy(content, "kai content");
    }
}
