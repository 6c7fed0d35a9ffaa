package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.render.style.Align;

/**
 * A cell: the grid column it starts in, its spans, its alignment (numbers right, everything
 * else centred) and its text in its row's role. Positions covered by a row span from above
 * have no cell of their own.
 */
public record TableCell(int column, int rowSpan, int colSpan, Align align, List<Span> content) {

    public TableCell {
        Objects.requireNonNull(align, "align");
        content = List.copyOf(content);
        if (column < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("a cell starts in a column ≥ 0 and spans at least 1×1");
        }
    }
}
