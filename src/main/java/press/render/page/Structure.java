package press.render.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import press.render.style.Role;

/**
 * The document's structure elements, made in reading order as the flow is built. A heading's
 * depth follows the headings above it: the title is 1 and a heading is one deeper than the
 * nearest heading above it of a higher rank, so no level is skipped even where a document leaves
 * out a rank.
 */
final class Structure {

    private final List<StructureElement> elements = new ArrayList<>();
    private final Deque<Integer> openRanks = new ArrayDeque<>();

    /** A new element, returning its index. */
    int add(StructureElement element) {
        elements.add(element);
        return elements.size() - 1;
    }

    /** A paragraph's element: a heading of its depth where its role is one, else a paragraph. */
    int paragraph(Role role) {
        int rank = Outlines.level(role);
        if (rank < 0) {
            return add(new StructureElement(StructureElement.DOCUMENT, StructureType.PARAGRAPH, 0, role.key(), "", 1, 1));
        }
        while (!openRanks.isEmpty() && openRanks.peek() >= rank) {
            openRanks.pop();
        }
        openRanks.push(rank);
        return add(new StructureElement(StructureElement.DOCUMENT, StructureType.HEADING, Math.min(openRanks.size(), 6),
                role.key(), "", 1, 1));
    }

    /** A figure with the text that replaces it for a reader who cannot see it. */
    int figure(String alternative) {
        return add(new StructureElement(StructureElement.DOCUMENT, StructureType.FIGURE, 0, "", alternative, 1, 1));
    }

    List<StructureElement> elements() {
        return elements;
    }
}
