package press.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * A table with header rows (repeated on every page it spans), body rows and footer rows
 * (totals, set apart), and the caption, unit and notes printed around it. Spans are checked:
 * every row covers exactly the declared columns. An {@code abridgeable} table (a ranking) may
 * have the end of its body left out, with a note saying how many rows were, where its variant
 * must keep to a number of pages.
 */
public record Table(List<ColumnKind> columns, List<Row> head, List<Row> body, List<Row> foot, Orientation orientation,
                    TableText text, boolean abridgeable) implements Block {

    public Table(List<ColumnKind> columns, List<Row> head, List<Row> body, List<Row> foot, Orientation orientation) {
        this(columns, head, body, foot, orientation, TableText.NONE, false);
    }

    public Table(List<ColumnKind> columns, List<Row> head, List<Row> body, List<Row> foot, Orientation orientation,
                 TableText text) {
        this(columns, head, body, foot, orientation, text, false);
    }

    public Table {
        if (text == null) {
            text = TableText.NONE;
        }
        columns = Checks.nonEmptyCopy(columns, "table columns");
        head = Checks.copy(head, "table head");
        body = Checks.copy(body, "table body");
        foot = Checks.copy(foot, "table foot");
        if (orientation == null) {
            orientation = Orientation.AUTO;
        }
        if (head.isEmpty() && body.isEmpty() && foot.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one row");
        }
        TableGrid.check(columns.size(), head, "head");
        TableGrid.check(columns.size(), body, "body");
        TableGrid.check(columns.size(), foot, "foot");
    }

    /**
     * For each row of {@code rows} (one section of this table), the grid column each of its
     * cells starts in, counting positions covered by row spans from above.
     */
    public static List<List<Integer>> startColumns(List<Row> rows, int width) {
        return TableGrid.startColumns(rows, width);
    }

    /** All rows, head first, then body, then foot. */
    public List<Row> allRows() {
        return Stream.of(head, body, foot).flatMap(List::stream).toList();
    }
}
