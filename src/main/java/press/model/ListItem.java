package press.model;

import java.util.List;

/**
 * One item of a list: its text, the marker printed before it when it has its own (empty: the
 * list's numbering or none), and the lists nested under it.
 */
public record ListItem(List<Inline> content, String marker, List<ItemList> sublists) {

    public ListItem {
        content = Checks.nonEmptyCopy(content, "list item");
        marker = marker == null ? "" : marker;
        sublists = Checks.copy(sublists, "nested lists");
    }

    public ListItem(List<Inline> content) {
        this(content, "", List.of());
    }
}
