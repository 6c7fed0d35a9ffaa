package press.model;

import java.util.List;

/** A list of items, each one paragraph of inlines; ordered lists are numbered 1. 2. 3. */
public record ItemList(boolean ordered, List<List<Inline>> items) implements Block {

    public ItemList {
        items = Checks.nonEmptyCopy(items, "list items").stream()
                .map(item -> Checks.nonEmptyCopy(item, "list item"))
                .toList();
    }
}
