package press.model;

import java.util.List;
import java.util.Objects;

/**
 * A list of items, each one paragraph of inlines with lists nested under it. Ordered lists
 * are numbered in their {@link Numbering} (1. 2. 3. unless said otherwise); an item's own marker
 * replaces the number.
 */
public record ItemList(boolean ordered, Numbering numbering, List<ListItem> items) implements Block {

    /** How an ordered list counts: 1. (1) ① 一、 (一) — the sequences of Chinese official text. */
    public enum Numbering {
        ARABIC_DOT, ARABIC_PAREN, CIRCLED, CHINESE_COMMA, CHINESE_PAREN
    }

    public ItemList {
        Objects.requireNonNull(numbering, "numbering");
        items = Checks.nonEmptyCopy(items, "list items");
    }

    /** A flat list of plain items, numbered 1. 2. 3. when ordered. */
    public static ItemList of(boolean ordered, List<List<Inline>> items) {
        return new ItemList(ordered, Numbering.ARABIC_DOT, Checks.nonEmptyCopy(items, "list items").stream()
                .map(ListItem::new).toList());
    }
}
