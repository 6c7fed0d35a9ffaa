package press.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final List<ColumnKind> FOUR = List.of(ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.NUMBER,
            ColumnKind.NUMBER);

    private static Cell cell(String text) {
        return Cell.of(text);
    }

    private static Cell span(String text, int rows, int columns) {
        return new Cell(List.of(new Text(text)), rows, columns);
    }

    /** 姓名 and 备注 span two rows, 请假 spans two columns: the appendix 3 header shape. */
    private static List<Row> twoLevelHead() {
        return List.of(new Row(List.of(span("姓名", 2, 1), span("请假", 1, 2), span("备注", 2, 1))),
                new Row(List.of(cell("事假"), cell("病假"))));
    }

    @Test
    void aTwoLevelHeaderWithRowAndColumnSpansTilesTheGrid() {
        List<ColumnKind> columns = List.of(ColumnKind.TEXT, ColumnKind.NUMBER, ColumnKind.NUMBER, ColumnKind.TEXT);
        Table table = new Table(columns, twoLevelHead(), List.of(new Row(List.of(cell("鲜君"), cell(""), cell("1"),
                cell("")))), List.of(), Orientation.AUTO);

        assertEquals(List.of(List.of(0, 1, 3), List.of(1, 2)), Table.startColumns(table.head(), 4));
        assertEquals(3, table.allRows().size());
    }

    @Test
    void aRowWiderThanTheColumnsIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Table(FOUR, List.of(),
                List.of(new Row(List.of(cell("a"), cell("b"), cell("c"), cell("d"), cell("e")))), List.of(), null));
        assertTrue(error.getMessage().contains("table body row 1 has more cells than the 4 columns"), error.getMessage());
    }

    @Test
    void aRowNarrowerThanTheColumnsIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Table(FOUR, List.of(),
                List.of(new Row(List.of(cell("a"), cell("b")))), List.of(), null));
        assertTrue(error.getMessage().contains("covers fewer than the 4 columns"), error.getMessage());
    }

    @Test
    void aRowSpanReachingPastItsSectionIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Table(FOUR,
                List.of(new Row(List.of(span("a", 2, 1), cell("b"), cell("c"), cell("d")))), List.of(), List.of(), null));
        assertTrue(error.getMessage().contains("row span reaching past the head"), error.getMessage());
    }

    @Test
    void spansMustBeAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Cell(List.of(), 0, 1));
    }

    @Test
    void aTableKeepsItsOwnCopyOfTheRows() {
        List<Row> body = new ArrayList<>(List.of(new Row(List.of(cell("a"), cell("b"), cell("1"), cell("2")))));
        Table table = new Table(FOUR, List.of(), body, List.of(), null);
        body.clear();

        assertEquals(1, table.body().size());
        assertEquals(Orientation.AUTO, table.orientation());
        assertThrows(UnsupportedOperationException.class, () -> table.body().add(null));
    }
}
