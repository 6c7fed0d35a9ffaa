package press.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import press.model.Cell;
import press.model.ColumnKind;
import press.model.Orientation;
import press.model.Row;
import press.model.Table;

/** Reads one {@code <table>} element: columns, then head, body and foot rows. */
final class TableParser {

    private final MarkupParser parser;

    TableParser(MarkupParser parser) {
        this.parser = parser;
    }

    Table table() throws XMLStreamException {
        Map<String, String> a = parser.attributes(Set.of("orientation"));
        Orientation orientation = parser.enumAttribute(a, "orientation", Orientation.class, Orientation.AUTO);
        List<ColumnKind> columns = null;
        List<Row> head = List.of();
        List<Row> body = List.of();
        List<Row> foot = List.of();
        String last = "";
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = parser.xml().getLocalName();
            int order = List.of("columns", "head", "body", "foot").indexOf(name);
            if (order < 0) {
                throw parser.error("unknown element <" + name + "> in <table>");
            }
            if (order <= List.of("columns", "head", "body", "foot").indexOf(last)) {
                throw parser.error("<" + name + "> is out of order in <table>: columns, head, body, foot");
            }
            last = name;
            switch (name) {
                case "columns" -> columns = columns();
                case "head" -> head = rows("head");
                case "body" -> body = rows("body");
                default -> foot = rows("foot");
            }
        }
        if (columns == null) {
            throw parser.error("<table> needs <columns>");
        }
        List<ColumnKind> kinds = columns;
        List<Row> h = head;
        List<Row> b = body;
        List<Row> f = foot;
        return parser.build(() -> new Table(kinds, h, b, f, orientation));
    }

    private List<ColumnKind> columns() throws XMLStreamException {
        parser.attributes(Set.of());
        List<ColumnKind> columns = new ArrayList<>();
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            parser.expectName("column", "columns");
            Map<String, String> a = parser.attributes(Set.of("kind"));
            columns.add(parser.enumAttribute(a, "kind", ColumnKind.class, ColumnKind.TEXT));
            parser.expectEmpty();
        }
        return columns;
    }

    private List<Row> rows(String section) throws XMLStreamException {
        parser.attributes(Set.of());
        List<Row> rows = new ArrayList<>();
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            parser.expectName("row", section);
            parser.attributes(Set.of());
            List<Cell> cells = new ArrayList<>();
            while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
                parser.expectName("cell", "row");
                Map<String, String> a = parser.attributes(Set.of("rowspan", "colspan"));
                int rowSpan = parser.intAttribute(a, "rowspan", false);
                int colSpan = parser.intAttribute(a, "colspan", false);
                var content = parser.inlines();
                cells.add(parser.build(() -> new Cell(content, rowSpan, colSpan)));
            }
            rows.add(parser.build(() -> new Row(cells)));
        }
        return rows;
    }
}
