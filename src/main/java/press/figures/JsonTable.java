package press.figures;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A table as the data describe it ({@code columns}, {@code head}, {@code body}, {@code foot},
 * rows of cells, a cell a value or {@code {"text", "rowspan", "colspan"}}), laid on its grid
 * one section at a time, the way the model will lay it: what does not fit is reported.
 */
final class JsonTable {

    /** A cell where it starts in the grid: its JSON path, its value, how many columns it spans. */
    record Placed(String path, JsonNode value, int colSpan) {
    }

    /** Where a section's shape is wrong, and how. */
    record Problem(String path, String message) {
    }

    private JsonTable() {
    }

    static int width(JsonNode table) {
        return table.path("columns").size();
    }

    /** The rows of one section on the grid, each cell at the column it starts in; spans from above leave nulls. */
    static List<Placed[]> section(JsonPath.Match table, String section, List<Problem> problems) {
        int width = width(table.node());
        List<Placed[]> rows = new ArrayList<>();
        JsonNode source = table.node().path(section);
        int[] coveredUntil = new int[width];
        for (int r = 0; r < source.size(); r++) {
            Placed[] row = new Placed[width];
            String rowPath = table.path() + "." + section + "[" + r + "]";
            int column = 0;
            JsonNode cells = source.get(r);
            for (int i = 0; i < cells.size(); i++) {
                column = nextFree(coveredUntil, column, r);
                JsonNode cell = cells.get(i);
                String path = rowPath + "[" + i + "]";
                if (column >= width) {
                    problems.add(new Problem(path, "第" + (r + 1) + "行的单元格多于表格的" + width + "列"));
                    break;
                }
                int rowSpan = cell.isObject() ? Math.max(1, cell.path("rowspan").asInt(1)) : 1;
                int colSpan = cell.isObject() ? Math.max(1, cell.path("colspan").asInt(1)) : 1;
                if (column + colSpan > width) {
                    problems.add(new Problem(path, "跨列（colspan " + colSpan + "）超出了表格的最后一列"));
                    colSpan = width - column;
                }
                if (r + rowSpan > source.size()) {
                    problems.add(new Problem(path, "跨行（rowspan " + rowSpan + "）超出了" + name(section) + "的最后一行"));
                    rowSpan = source.size() - r;
                }
                for (int c = column; c < column + colSpan; c++) {
                    if (coveredUntil[c] > r) {
                        problems.add(new Problem(path, "与上方单元格的跨行在第" + (c + 1) + "列重叠"));
                        break;
                    }
                }
                row[column] = new Placed(path + (cell.isObject() ? ".text" : ""), cell.isObject() ? cell.path("text") : cell,
                        colSpan);
                for (int c = column; c < column + colSpan; c++) {
                    coveredUntil[c] = Math.max(coveredUntil[c], r + rowSpan);
                }
                column += colSpan;
            }
            int covered = nextFree(coveredUntil, column, r);
            if (covered < width) {
                problems.add(new Problem(rowPath, "第" + (r + 1) + "行只占了表格" + width + "列中的" + countCovered(coveredUntil, r)
                        + "列"));
            }
            rows.add(row);
        }
        return rows;
    }

    private static int countCovered(int[] coveredUntil, int row) {
        int count = 0;
        for (int until : coveredUntil) {
            count += until > row ? 1 : 0;
        }
        return count;
    }

    private static int nextFree(int[] coveredUntil, int from, int row) {
        int column = from;
        while (column < coveredUntil.length && coveredUntil[column] > row) {
            column++;
        }
        return column;
    }

    private static String name(String section) {
        return switch (section) {
            case "head" -> "表头";
            case "foot" -> "合计行";
            default -> "表体";
        };
    }
}
