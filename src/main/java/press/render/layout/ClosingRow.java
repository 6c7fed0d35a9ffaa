package press.render.layout;

import java.util.List;

/**
 * A row of the closing block with the rules above and below it in points (0 for none): a line
 * across both columns, or the office and the print date side by side.
 */
public record ClosingRow(float topRule, float bottomRule, List<ClosingCell> cells) {

    public ClosingRow {
        cells = List.copyOf(cells);
        if (topRule < 0 || bottomRule < 0) {
            throw new IllegalArgumentException("rules must not be negative");
        }
    }
}
