package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.render.style.Role;

/**
 * A table row in its role ({@code tableHead}, {@code tableBody} or {@code tableTotal}). The
 * first totals row carries the heavier {@code totalsRule} above it; {@code firstOfRole} says
 * which row that is.
 */
public record TableRow(Role role, boolean firstOfRole, List<TableCell> cells) {

    public TableRow {
        Objects.requireNonNull(role, "role");
        cells = List.copyOf(cells);
    }

    public boolean isHead() {
        return role == Role.TABLE_HEAD;
    }

    public boolean isTotal() {
        return role == Role.TABLE_TOTAL;
    }
}
