package press.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The totals rows of a table described in the data (columns, body, foot rows of cells, a cell
 * a value or {@code {"text", "rowspan", "colspan"}}): in every number column, a number in a foot
 * row equals the sum of the numbers above it in the body.
 */
record TableTotalsCheck(String tables, Severity severity, String message) implements Check {

    /** A cell where it starts in the grid: its JSON path and value, and how many columns it spans. */
    private record Placed(String path, JsonNode value, int colSpan) {
    }

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (JsonPath.Match table : JsonPath.select(scope.root(), tables)) {
            JsonNode columns = table.node().path("columns");
            List<Placed[]> body = grid(table, "body", columns.size());
            List<Placed[]> foot = grid(table, "foot", columns.size());
            for (int c = 0; c < columns.size(); c++) {
                JsonNode column = columns.get(c);
                if (!"number".equals(column.isObject() ? column.path("kind").asString() : column.asString())) {
                    continue;
                }
                BigDecimal sum = columnSum(body, c);
                for (Placed[] row : foot) {
                    Placed total = row[c];
                    if (sum != null && total != null && total.colSpan() == 1 && total.value().isNumber()
                            && NumberStyle.significant(total.value().decimalValue()).compareTo(NumberStyle.significant(sum)) != 0) {
                        String expected = Value.show(sum);
                        String found = Value.show(total.value().decimalValue());
                        findings.add(new Finding(severity, "tableTotals", List.of(total.path()), expected, found,
                                message != null ? message : "合计行与各行之和不符：第" + (c + 1) + "列合计为" + found
                                        + "，各行相加为" + expected));
                    }
                }
            }
        }
        return findings;
    }

    /** The column's sum over the body, or null when a cell there is not a plain number. */
    private static BigDecimal columnSum(List<Placed[]> body, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Placed[] row : body) {
            Placed cell = row[column];
            if (cell == null) {
                continue;
            }
            JsonNode value = cell.value();
            if (cell.colSpan() != 1 || !(value.isNumber() || value.isString() && value.asString().isBlank())) {
                return null;
            }
            if (value.isNumber()) {
                sum = sum.add(value.decimalValue());
            }
        }
        return sum;
    }

    /** The rows of one section laid on the grid: each cell at the column it starts in, spans from above skipped. */
    private static List<Placed[]> grid(JsonPath.Match table, String section, int width) {
        List<Placed[]> rows = new ArrayList<>();
        JsonNode source = table.node().path(section);
        int[] coveredUntil = new int[width];
        for (int r = 0; r < source.size(); r++) {
            Placed[] row = new Placed[width];
            int column = 0;
            JsonNode cells = source.get(r);
            for (int i = 0; i < cells.size(); i++) {
                while (column < width && coveredUntil[column] > r) {
                    column++;
                }
                if (column >= width) {
                    break;
                }
                JsonNode cell = cells.get(i);
                int rowSpan = cell.isObject() ? Math.max(1, cell.path("rowspan").asInt(1)) : 1;
                int colSpan = cell.isObject() ? Math.max(1, cell.path("colspan").asInt(1)) : 1;
                JsonNode value = cell.isObject() ? cell.path("text") : cell;
                String path = table.path() + "." + section + "[" + r + "][" + i + "]" + (cell.isObject() ? ".text" : "");
                row[column] = new Placed(path, value, colSpan);
                for (int c = column; c < Math.min(width, column + colSpan); c++) {
                    coveredUntil[c] = r + rowSpan;
                }
                column += colSpan;
            }
            rows.add(row);
        }
        return rows;
    }
}
