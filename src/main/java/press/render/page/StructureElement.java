package press.render.page;

import java.util.Objects;

/**
 * One element of the document's structure, in reading order: its parent's index in the
 * structure list ({@link #DOCUMENT} for a child of the document itself), its type, a heading's
 * depth (1 is the title; no level skipped), the text role a paragraph or heading is set in
 * ({@code "closing"}, {@code "heading1"}; empty for other elements), a figure's alternative
 * text, a cell's spans.
 */
public record StructureElement(int parent, StructureType type, int level, String role, String alternative, int rowSpan,
                               int colSpan) {

    /** The parent index of an element directly under the document. */
    public static final int DOCUMENT = -1;

    public StructureElement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(alternative, "alternative");
        if (parent < DOCUMENT || rowSpan < 1 || colSpan < 1 || (type == StructureType.HEADING) != (level > 0)) {
            throw new IllegalArgumentException("a structure element has a parent, spans of at least 1, a level iff a heading");
        }
    }

    public static StructureElement of(int parent, StructureType type) {
        return new StructureElement(parent, type, 0, "", "", 1, 1);
    }
}
