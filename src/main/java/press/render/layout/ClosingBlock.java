package press.render.layout;

import java.util.List;

/**
 * The 版记 at the foot of the last page, {@code width} points wide: two columns, the office's
 * and the print date's ({@code dateWidth}), rows between rules, each line {@code inset} points in
 * from both sides.
 */
public record ClosingBlock(float width, float dateWidth, float inset, List<ClosingRow> rows) implements Part {

    public ClosingBlock {
        rows = List.copyOf(rows);
        if (dateWidth <= 0 || dateWidth >= width) {
            throw new IllegalArgumentException("the print date needs a column narrower than the closing block");
        }
    }

    public float officeWidth() {
        return width - dateWidth;
    }
}
