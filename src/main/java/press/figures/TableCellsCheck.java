package press.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of one document hold at most {@code max} cells in all: a bulletin that large is
 * refused before anything is rendered, rather than abandoned at the render's time limit.
 */
record TableCellsCheck(List<String> tables, long max, Severity severity, String message) implements Check {

    @Override
    public List<Finding> run(Scope scope) {
        long cells = 0;
        List<String> paths = new ArrayList<>();
        for (String path : tables) {
            for (JsonPath.Match table : JsonPath.select(scope.root(), path)) {
                for (String section : List.of("head", "body", "foot")) {
                    for (var row : table.node().path(section).values()) {
                        cells += row.size();
                    }
                }
                paths.add(table.path());
            }
        }
        if (cells <= max) {
            return List.of();
        }
        return List.of(new Finding(severity, "tableCells", paths, "≤ " + max, Long.toString(cells),
                (message != null ? message + "：" : "") + "表格共有" + cells + "个单元格，一期简报至多" + max + "个"));
    }
}
