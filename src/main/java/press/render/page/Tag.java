package press.render.page;

/**
 * What a placed item is to a reader: content of a structure element, or an artifact — a
 * page's furniture (its number, a table head repeated on a later page) or decoration (rules,
 * borders, tints) — which a reader skips.
 */
public sealed interface Tag permits Tag.Content, Tag.Artifact {

    /** Page furniture: page numbers, a table's head repeated on a later page. */
    Tag PAGINATION = new Artifact(true);
    /** Rules, borders and tints. */
    Tag DECORATION = new Artifact(false);

    /** Content of the structure element at {@code element} in the document's structure list. */
    record Content(int element) implements Tag {

        public Content {
            if (element < 0) {
                throw new IllegalArgumentException("a structure element's index is not negative");
            }
        }
    }

    /** An artifact: {@code pagination} for page furniture, else decoration. */
    record Artifact(boolean pagination) implements Tag {
    }
}
