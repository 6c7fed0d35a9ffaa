package press.imports;

import java.util.List;
import java.util.Objects;

/**
 * One sheet read as a table: its name, each column's kind ({@code "text"} or {@code "number"}),
 * and its head, body and foot rows. A cell is a {@link String}, a {@link java.math.BigDecimal} or
 * a {@link SpanCell} where it spans rows or columns; a position a span covers has no cell.
 */
public record ImportedTable(String sheet, List<String> columns, List<List<Object>> head, List<List<Object>> body,
                            List<List<Object>> foot) {

    public ImportedTable {
        Objects.requireNonNull(sheet, "sheet");
        columns = List.copyOf(columns);
        head = head.stream().map(List::copyOf).toList();
        body = body.stream().map(List::copyOf).toList();
        foot = foot.stream().map(List::copyOf).toList();
    }

    /** A cell that spans: its text and how many rows and columns it covers. */
    public record SpanCell(String text, int rowspan, int colspan) {
    }
}
