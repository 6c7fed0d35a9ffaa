package press.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A table described in the data has the shape its columns promise: every row covers every
 * column once, and no span reaches past the last column, past its own head, body or foot, or
 * over another span. Each problem is named by the JSON path of its row or cell.
 */
record TableShapeCheck(String tables, Severity severity, String message) implements Check {

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (JsonPath.Match table : JsonPath.select(scope.root(), tables)) {
            List<JsonTable.Problem> problems = new ArrayList<>();
            int rows = 0;
            for (String section : List.of("head", "body", "foot")) {
                rows += JsonTable.section(table, section, problems).size();
            }
            if (rows == 0) {
                problems.add(new JsonTable.Problem(table.path(), "表格没有任何一行"));
            }
            for (JsonTable.Problem problem : problems) {
                findings.add(new Finding(severity, "tableShape", List.of(problem.path()),
                        JsonTable.width(table.node()) + " 列", "不符", (message != null ? message + "：" : "")
                        + problem.message()));
            }
        }
        return findings;
    }
}
