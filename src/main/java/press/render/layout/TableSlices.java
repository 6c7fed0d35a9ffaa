package press.render.layout;

import java.util.ArrayList;
import java.util.List;
import press.model.Cell;
import press.model.ColumnKind;
import press.model.Row;
import press.model.Table;
import press.model.TableText;

/**
 * A table cut into column parts: each part keeps its columns of every row; a cell spanning
 * columns of several parts is printed in each, spanning the columns it has there, so a
 * two-level header stays whole in every part.
 */
final class TableSlices {

    private TableSlices() {
    }

    /** The part of the table in {@code columns}, or null where a row would keep no cell of its own there. */
    static Table slice(Table table, List<Integer> columns) {
        List<ColumnKind> kinds = columns.stream().map(table.columns()::get).toList();
        List<Row> head = rows(table.head(), table, columns);
        List<Row> body = rows(table.body(), table, columns);
        List<Row> foot = rows(table.foot(), table, columns);
        if (head == null || body == null || foot == null) {
            return null;
        }
        return new Table(kinds, head, body, foot, table.orientation(), TableText.NONE);
    }

    private static List<Row> rows(List<Row> rows, Table table, List<Integer> columns) {
        List<List<Integer>> starts = Table.startColumns(rows, table.columns().size());
        List<Row> sliced = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            List<Cell> original = rows.get(r).cells();
            for (int i = 0; i < original.size(); i++) {
                Cell cell = original.get(i);
                int start = starts.get(r).get(i);
                int kept = 0;
                for (int column : columns) {
                    if (column >= start && column < start + cell.colSpan()) {
                        kept++;
                    }
                }
                if (kept > 0) {
                    cells.add(new Cell(cell.content(), cell.rowSpan(), kept));
                }
            }
            if (cells.isEmpty()) {
                return null;
            }
            sliced.add(new Row(cells));
        }
        return sliced;
    }
}
