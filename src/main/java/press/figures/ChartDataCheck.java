package press.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A chart described in the data can be drawn from it. Given inline, each series has a value for
 * every category. Given by reference ({@code "fromTable": id}), the id names a table block of the
 * document, the category and value columns are columns it has, the rows are body rows it has
 * (at most the categories a chart may hold), those rows have one cell for each column (no
 * merged cells to shift them), the value columns hold numbers, and each series has a name (its
 * own in {@code names}, or the head's last row). Each problem names its JSON path.
 */
record ChartDataCheck(String charts, List<String> tables, int maxCategories, Severity severity, String message)
        implements Check {

    @Override
    public List<Finding> run(Scope scope) {
        Map<String, JsonPath.Match> byId = new HashMap<>();
        for (String path : tables) {
            for (JsonPath.Match table : JsonPath.select(scope.root(), path)) {
                if (table.node().path("id").isString()) {
                    byId.putIfAbsent(table.node().path("id").asString(), table);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonPath.Match chart : JsonPath.select(scope.root(), charts)) {
            if (chart.node().has("fromTable")) {
                referred(chart, byId, findings);
            } else {
                inline(chart, findings);
            }
        }
        return findings;
    }

    private void inline(JsonPath.Match chart, List<Finding> findings) {
        int categories = chart.node().path("categories").size();
        JsonNode series = chart.node().path("series");
        for (int s = 0; s < series.size(); s++) {
            JsonNode values = series.get(s).path("values");
            if (values.size() != categories) {
                findings.add(finding(chart.path() + ".series[" + s + "].values", categories + " 个数值",
                        values.size() + " 个", "每个系列的数值个数须与类别个数相同"));
            }
            boolean allZero = values.size() > 0;
            for (int v = 0; v < values.size(); v++) {
                wholeOnly(chart.node(), values.get(v), chart.path() + ".series[" + s + "].values[" + v + "]", findings);
                allZero &= values.get(v).isNumber() && values.get(v).decimalValue().signum() == 0;
            }
            if (allZero && chart.node().path("kind").asString("column").equals("pie")) {
                findings.add(finding(chart.path() + ".series[" + s + "].values", "不全为 0", "全为 0", "饼图没有可分的整体"));
            }
        }
    }

    /** A pie's slices and stacked bars' parts are shares of a whole: none below zero. */
    private void wholeOnly(JsonNode chart, JsonNode value, String path, List<Finding> findings) {
        boolean parts = chart.path("kind").asString("column").equals("pie") || chart.path("stacked").asBoolean(false);
        if (parts && value.isNumber() && value.decimalValue().signum() < 0) {
            findings.add(finding(path, "不小于 0", value.asString(), "饼图和堆积图的数值不能为负"));
        }
    }

    private void referred(JsonPath.Match chart, Map<String, JsonPath.Match> byId, List<Finding> findings) {
        JsonNode node = chart.node();
        String id = node.path("fromTable").asString();
        JsonPath.Match table = byId.get(id);
        if (table == null) {
            findings.add(finding(chart.path() + ".fromTable", "一个 id 为“" + id + "”的表格", "没有", "图表引用的表格不存在"));
            return;
        }
        int columns = table.node().path("columns").size();
        JsonNode body = table.node().path("body");
        column(chart.path() + ".categoryColumn", node.path("categoryColumn").asInt(), columns, findings);
        JsonNode values = node.path("valueColumns");
        for (int v = 0; v < values.size(); v++) {
            column(chart.path() + ".valueColumns[" + v + "]", values.get(v).asInt(), columns, findings);
        }
        int from = node.path("rows").path("from").asInt(1);
        int to = node.path("rows").path("to").asInt(body.size());
        if (from < 1 || to < from || to > body.size()) {
            findings.add(finding(chart.path() + ".rows", "第 1 至 " + body.size() + " 行之内", "第 " + from + " 至 " + to
                    + " 行", "图表引用的行超出了表格"));
            return;
        }
        if (to - from + 1 > maxCategories) {
            findings.add(finding(chart.path() + ".rows", "至多 " + maxCategories + " 个类别", (to - from + 1) + " 个",
                    "图表的类别太多"));
        }
        for (int r = 0; r < to; r++) {
            JsonNode row = body.get(r);
            String rowPath = table.path() + ".body[" + r + "]";
            for (JsonNode cell : row) {
                int down = cell.path("rowspan").asInt(1);
                boolean spans = cell.path("colspan").asInt(1) > 1 || down > 1;
                if (spans && r + down - 1 >= from - 1) {
                    findings.add(finding(rowPath, "每列一个单元格", "合并单元格", "图表引用的行不能有合并单元格"));
                    return;
                }
            }
            if (r >= from - 1 && row.size() != columns) {
                findings.add(finding(rowPath, columns + " 个单元格", row.size() + " 个", "图表引用的行须每列一个单元格"));
                return;
            }
        }
        for (int v = 0; v < values.size(); v++) {
            int column = values.get(v).asInt();
            if (column < 1 || column > columns) {
                continue;
            }
            for (int r = from - 1; r < to; r++) {
                JsonNode cell = body.get(r).get(column - 1);
                JsonNode value = cell.isObject() ? cell.path("text") : cell;
                String path = table.path() + ".body[" + r + "][" + (column - 1) + "]" + (cell.isObject() ? ".text" : "");
                if (!value.isNumber()) {
                    findings.add(finding(path, "数字", "“" + value.asString("") + "”", "图表的数值列里有文字"));
                }
                wholeOnly(node, value, path, findings);
            }
            boolean named = node.path("names").size() > v;
            JsonNode head = table.node().path("head");
            JsonNode last = head.isEmpty() ? null : head.get(head.size() - 1);
            if (!named && (last == null || last.size() != columns)) {
                findings.add(finding(chart.path() + ".names", "每个系列一个名称", "没有", "表头无法给出系列名称，请给出 names"));
            }
        }
    }

    private void column(String path, int column, int columns, List<Finding> findings) {
        if (column < 1 || column > columns) {
            findings.add(finding(path, "第 1 至 " + columns + " 列", "第 " + column + " 列", "图表引用的列不存在"));
        }
    }

    private Finding finding(String path, String expected, String found, String problem) {
        return new Finding(severity, "chartData", List.of(path), expected, found,
                (message != null ? message + "：" : "") + problem);
    }
}
