package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.render.style.Align;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * A paragraph in a text role. The role's style gives size, leading, alignment, indent and
 * spacing; {@code align} and {@code indent} replace the role's when not null, {@code flushTop}
 * drops its space before, and {@code keepRoom} (points, 0 for none) is the room that must be
 * left on the page for it to start there, so a heading is never the last line of a page;
 * {@code tailRoom} (points, 0 for none) is the room what follows needs on the same page as this
 * paragraph's last line, so the 附件说明 and the signature never stand alone on a page.
 */
public record TextParagraph(Role role, List<Span> spans, Align align, Indent indent, boolean flushTop, float keepRoom,
                            float tailRoom) implements Part {

    public TextParagraph {
        Objects.requireNonNull(role, "role");
        spans = List.copyOf(spans);
        if (keepRoom < 0 || tailRoom < 0) {
            throw new IllegalArgumentException("keepRoom and tailRoom must not be negative");
        }
    }

    public TextParagraph(Role role, List<Span> spans, Align align, Indent indent, boolean flushTop, float keepRoom) {
        this(role, spans, align, indent, flushTop, keepRoom, 0);
    }

    /** This paragraph, keeping {@code room} points for what follows after its last line. */
    public TextParagraph withTailRoom(float room) {
        return new TextParagraph(role, spans, align, indent, flushTop, keepRoom, room);
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
        this(role, spans, null, null, false, 0, 0);
    }
}
