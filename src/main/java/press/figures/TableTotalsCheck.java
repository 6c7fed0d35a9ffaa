package press.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The totals rows of a table described in the data (columns, body, foot rows of cells, a cell
 * a value or {@code {"text", "rowspan", "colspan"}}): in every number column, a number in a foot
 * row equals the sum of the numbers above it in the body — except in a column whose heading
 * says it holds ratios (率, %, 占比, 比重, 平均), whose total row carries the ratio of the totals,
 * not a sum. A table whose shape is wrong is {@link TableShapeCheck}'s to report.
 */
record TableTotalsCheck(String tables, Severity severity, String message) implements Check {

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (JsonPath.Match table : JsonPath.select(scope.root(), tables)) {
            JsonNode columns = table.node().path("columns");
            List<JsonTable.Problem> shape = new ArrayList<>();
            List<JsonTable.Placed[]> body = JsonTable.section(table, "body", shape);
            List<JsonTable.Placed[]> foot = JsonTable.section(table, "foot", shape);
            List<JsonTable.Placed[]> head = JsonTable.section(table, "head", shape);
            if (!shape.isEmpty()) {
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                JsonNode column = columns.get(c);
                if (!"number".equals(column.isObject() ? column.path("kind").asString() : column.asString())
                        || ratios(head, c)) {
                    continue;
                }
                BigDecimal sum = columnSum(body, c);
                for (JsonTable.Placed[] row : foot) {
                    JsonTable.Placed total = row[c];
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

    /** Whether a heading over the column says it holds ratios or averages, which do not add up. */
    private static boolean ratios(List<JsonTable.Placed[]> head, int column) {
        for (JsonTable.Placed[] row : head) {
            for (int c = column; c >= 0; c--) {
                JsonTable.Placed cell = row[c];
                if (cell != null) {
                    if (c + cell.colSpan() > column && cell.value().isString()
                            && cell.value().asString().matches(".*(率|%|％|占比|比重|平均).*")) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** The column's sum over the body, or null when a cell there is not a plain number. */
    private static BigDecimal columnSum(List<JsonTable.Placed[]> body, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonTable.Placed[] row : body) {
            JsonTable.Placed cell = row[column];
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
}
