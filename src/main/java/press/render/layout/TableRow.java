package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.render.style.Role;

/**
 * A table row in its role ({@code tableHead}, {@code tableBody} or {@code tableTotal}), with how
 * it is set apart: {@code topRule} points for the heavier rule over the first totals row (0 where
 * the row has only the table's own rules), and the {@code tint} its cells are filled with
 * (0xRRGGBB, or {@link #NO_TINT}). Decided once here, so every format prints the same rules.
 */
public record TableRow(Role role, float topRule, int tint, List<TableCell> cells) {

    /** A row with no tint. */
    public static final int NO_TINT = -1;

    public TableRow {
        Objects.requireNonNull(role, "role");
        cells = List.copyOf(cells);
        if (topRule < 0) {
            throw new IllegalArgumentException("a rule is not negative");
        }
    }

    public boolean isHead() {
        return role == Role.TABLE_HEAD;
    }

    public boolean isTotal() {
        return role == Role.TABLE_TOTAL;
    }

    public boolean tinted() {
        return tint != NO_TINT;
    }
}
