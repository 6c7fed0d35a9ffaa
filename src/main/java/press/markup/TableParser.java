package press.markup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import press.figures.NumberStyle;
import press.model.Cell;
import press.model.ColumnKind;
import press.model.Orientation;
import press.model.Row;
import press.model.Table;
import press.model.TableText;
import press.model.Text;

/** Reads one {@code <table>} element: columns, then head, body and foot rows. */
final class TableParser {

    /** A number as JSON writes it: what a template prints from the data's numbers. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /** The order of a table's children; notes, any number of them, come last. */
    private static final List<String> ORDER = List.of("columns", "head", "body", "foot", "note");

    private final MarkupParser parser;

    TableParser(MarkupParser parser) {
        this.parser = parser;
    }

    Table table() throws XMLStreamException {
        Map<String, String> a = parser.attributes(Set.of("orientation", "caption", "unit", "abridge"));
        Orientation orientation = parser.enumAttribute(a, "orientation", Orientation.class, Orientation.AUTO);
        boolean abridgeable = parser.booleanAttribute(a, "abridge");
        List<ColumnKind> columns = null;
        List<NumberStyle> styles = List.of();
        List<Row> head = List.of();
        List<Row> body = List.of();
        List<Row> foot = List.of();
        List<String> notes = new ArrayList<>();
        String last = "";
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = parser.xml().getLocalName();
            int order = ORDER.indexOf(name);
            if (order < 0) {
                throw parser.error("unknown element <" + name + "> in <table>");
            }
            if (order < ORDER.indexOf(last) || order == ORDER.indexOf(last) && !name.equals("note")) {
                throw parser.error("<" + name + "> is out of order in <table>: columns, head, body, foot, note…");
            }
            last = name;
            switch (name) {
                case "note" -> {
                    parser.attributes(Set.of());
                    notes.add(parser.plainText("note"));
                }
                case "columns" -> {
                    styles = new ArrayList<>();
                    columns = columns(styles);
                }
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
        TableText text = parser.build(() -> new TableText(a.get("caption"), a.get("unit"), notes));
        Table table = parser.build(() -> new Table(kinds, h, b, f, orientation, text, abridgeable));
        if (styles.stream().allMatch(java.util.Objects::isNull)) {
            return table;
        }
        List<NumberStyle> formats = styles;
        return parser.build(() -> new Table(kinds, formatted(h, formats), formatted(b, formats), formatted(f, formats),
                orientation, text, abridgeable));
    }

    /**
     * The column kinds; beside them, each column's number style where it asks for one
     * ({@code decimals}, {@code grouping}), null where its numbers print as written.
     */
    private List<ColumnKind> columns(List<NumberStyle> styles) throws XMLStreamException {
        parser.attributes(Set.of());
        List<ColumnKind> columns = new ArrayList<>();
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            parser.expectName("column", "columns");
            Map<String, String> a = parser.attributes(Set.of("kind", "decimals", "grouping"));
            ColumnKind kind = parser.enumAttribute(a, "kind", ColumnKind.class, ColumnKind.TEXT);
            columns.add(kind);
            boolean styled = a.containsKey("decimals") || a.containsKey("grouping");
            if (styled && kind != ColumnKind.NUMBER) {
                throw parser.error("only a number column takes decimals or grouping");
            }
            int decimals = a.containsKey("decimals") ? parser.intAttribute(a, "decimals", true) : -1;
            if (decimals > 10) {
                throw parser.error("attribute 'decimals' is at most 10, was " + decimals);
            }
            styles.add(styled ? new NumberStyle(decimals, parser.booleanAttribute(a, "grouping")) : null);
            parser.expectEmpty();
        }
        return columns;
    }

    /** Rows whose number cells are printed in their column's style; other cells as they are. */
    private static List<Row> formatted(List<Row> rows, List<NumberStyle> styles) {
        List<List<Integer>> starts = Table.startColumns(rows, styles.size());
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < rows.get(r).cells().size(); i++) {
                Cell cell = rows.get(r).cells().get(i);
                NumberStyle style = styles.get(starts.get(r).get(i));
                String text = cell.plainText();
                if (style != null && cell.content().size() == 1 && NUMBER.matcher(text).matches()) {
                    cell = new Cell(List.of(new Text(style.format(new BigDecimal(text)))), cell.rowSpan(), cell.colSpan());
                }
                cells.add(cell);
            }
            out.add(new Row(cells));
        }
        return out;
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
