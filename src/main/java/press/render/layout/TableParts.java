package press.render.layout;

import java.util.ArrayList;
import java.util.List;
import press.model.Cell;
import press.model.Row;
import press.model.Table;
import press.render.Cancellation;
import press.render.style.Role;
import press.render.style.TableStyle;

/** Lays out a table: column widths from {@link TableLayout}, each cell's start column, alignment and text. */
final class TableParts {

    private final TableLayout layout;
    private final LayoutPass pass;
    private final TableLayout.Measured measured;

    /** @param measured the tables as {@code layout} measured them in this pass */
    TableParts(TableLayout layout, LayoutPass pass, TableLayout.Measured measured) {
        this.layout = layout;
        this.pass = pass;
        this.measured = measured;
    }

    LaidOutTable table(Table table, float width, float scale, String where) {
        if (table.abridgeable()) {
            // the note an abridged table gets: its characters and any count's digits go into the fonts
            pass.text(Role.TABLE_NOTE, Labels.abridgement(1234567890), where + " note");
        }
        float[] widths = layout.columnWidths(table, width, scale, measured);
        List<Float> columnWidths = new ArrayList<>(widths.length);
        for (float column : widths) {
            columnWidths.add(column);
        }
        List<TableRow> rows = new ArrayList<>();
        addRows(rows, table, table.head(), Role.TABLE_HEAD, where + ", head");
        addRows(rows, table, table.body(), Role.TABLE_BODY, where + ", body");
        addRows(rows, table, table.foot(), Role.TABLE_TOTAL, where + ", totals");
        TableStyle rules = pass.style().table();
        return new LaidOutTable(width, columnWidths, table.head().size(), rows, scale, rules.rule(), rules.padding(),
                table.abridgeable());
    }

    /** A totals row is tinted, and the first of them set off by the heavier rule over it. */
    private TableRow row(Role role, boolean firstOfRole, List<TableCell> cells) {
        TableStyle rules = pass.style().table();
        if (role != Role.TABLE_TOTAL) {
            return new TableRow(role, 0, TableRow.NO_TINT, cells);
        }
        return new TableRow(role, firstOfRole ? rules.totalsRule() : 0, rules.totalsBackground(), cells);
    }

    private void addRows(List<TableRow> out, Table table, List<Row> rows, Role role, String where) {
        List<List<Integer>> starts = Table.startColumns(rows, table.columns().size());
        for (int r = 0; r < rows.size(); r++) {
            Cancellation.checkRow(r);
            List<Cell> cells = rows.get(r).cells();
            List<TableCell> laidOut = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                int column = starts.get(r).get(i);
                laidOut.add(new TableCell(column, cell.rowSpan(), cell.colSpan(),
                        TableLayout.cellAlign(role, table.columns().get(column)),
                        pass.spans(role, cell.content(), where + " row " + (r + 1))));
            }
            out.add(row(role, r == 0, laidOut));
        }
    }
}
