package press.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import press.render.style.Role;

/**
 * The depth of each heading in the order the document sets them, for its structure tag: the
 * title is H1 and a heading is one deeper than the nearest heading above it of a higher rank,
 * so no level is skipped (H3 never follows H1) even where a document leaves out a heading rank.
 */
final class PdfHeadings {

    private final Deque<Integer> open = new ArrayDeque<>();

    /** The depth, from 1, of a paragraph in {@code role} set next; 0 when the role is not a heading. */
    int depth(Role role) {
        int level = PdfOutlines.level(role);
        if (level < 0) {
            return 0;
        }
        while (!open.isEmpty() && open.peek() >= level) {
            open.pop();
        }
        open.push(level);
        return open.size();
    }
}
