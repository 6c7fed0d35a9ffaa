package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.render.style.Align;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * A paragraph in a text role. The role's style gives size, leading, alignment, indent and
 * spacing; {@code align} and {@code indent} replace the role's when not null, and
 * {@code flushTop} drops its space before. Where it may part over pages, and what it keeps
 * with, the page stage decides from its role.
 */
public record TextParagraph(Role role, List<Span> spans, Align align, Indent indent, boolean flushTop) implements Part {

    public TextParagraph {
        Objects.requireNonNull(role, "role");
        spans = List.copyOf(spans);
    }

    /** How the lines align: the layout's own alignment, else the role's. */
    public Align align(TextStyle role) {
        return align != null ? align : role.align();
    }

    /** How far every line stands in from the text block's left edge, in points. */
    public float left() {
        return indent != null ? indent.left() : 0;
    }

    /** The first line's offset from the others, in points: the layout's own, else the role's indent in characters. */
    public float firstLine(TextStyle role) {
        return indent != null ? indent.firstLine() : role.indent() * role.characterWidth();
    }

    /** A paragraph styled by its role alone. */
    public TextParagraph(Role role, List<Span> spans) {
        this(role, spans, null, null, false);
    }
}
