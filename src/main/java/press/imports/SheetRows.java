package press.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sheet as a grid of values (text, numbers, or null where a merged cell covers the position),
 * cut into a table: the leading rows with no number are the head, trailing rows that start with
 * 合计, 总计 or 小计 the foot, the rest the body; a column is a number column when every body
 * value in it is a number. Empty rows and trailing empty columns go.
 */
final class SheetRows {

    private static final Pattern TOTAL = Pattern.compile("^\\s*(合\\s*计|总\\s*计|小\\s*计|全.{0,6}合计)");

    /** A value at a grid position: the top-left of a merged range carries its spans, the others are covered. */
    record Value(Object value, int rowspan, int colspan, boolean covered) {
    }

    private SheetRows() {
    }

    static ImportedTable table(String sheet, List<List<Value>> grid) {
        List<List<Value>> rows = grid.stream().filter(row -> row.stream().anyMatch(SheetRows::filled)).toList();
        int width = 0;
        for (List<Value> row : rows) {
            for (int c = row.size() - 1; c >= 0; c--) {
                if (filled(row.get(c)) || row.get(c) != null && row.get(c).covered()) {
                    width = Math.max(width, c + row.get(c).colspan());
                    break;
                }
            }
        }
        int headRows = 0;
        while (headRows < rows.size() - 1 && rows.get(headRows).stream().noneMatch(v -> v.value() instanceof BigDecimal)) {
            headRows++;
        }
        headRows = Math.max(headRows, Math.min(1, rows.size()));
        int footFrom = rows.size();
        while (footFrom > headRows + 1 && first(rows.get(footFrom - 1)) instanceof String text
                && TOTAL.matcher(text).find()) {
            footFrom--;
        }
        List<String> kinds = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            boolean numbers = footFrom > headRows;
            for (List<Value> row : rows.subList(headRows, footFrom)) {
                Value value = c < row.size() ? row.get(c) : null;
                if (value != null && !value.covered() && value.value() != null && !(value.value() instanceof BigDecimal)
                        && !value.value().toString().isBlank()) {
                    numbers = false;
                }
            }
            kinds.add(numbers ? "number" : "text");
        }
        return new ImportedTable(sheet, kinds, cells(rows.subList(0, headRows), width),
                cells(rows.subList(headRows, footFrom), width), cells(rows.subList(footFrom, rows.size()), width));
    }

    private static boolean filled(Value value) {
        return value != null && value.value() != null && !value.value().toString().isBlank();
    }

    private static Object first(List<Value> row) {
        return row.stream().filter(SheetRows::filled).map(Value::value).findFirst().orElse(null);
    }

    /**
     * The rows as table cells: spans kept, clipped to this part (head, body or foot); a position a
     * span of this part covers is left out, one a span from another part covers gets an empty cell.
     */
    private static List<List<Object>> cells(List<List<Value>> rows, int width) {
        boolean[][] covered = new boolean[rows.size()][width];
        List<List<Object>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> cells = new ArrayList<>();
            List<Value> row = rows.get(r);
            for (int c = 0; c < width; c++) {
                if (covered[r][c]) {
                    continue;
                }
                Value value = c < row.size() ? row.get(c) : null;
                if (value == null || value.covered() || value.value() == null) {
                    cells.add("");
                    continue;
                }
                int down = Math.min(value.rowspan(), rows.size() - r);
                int across = Math.min(value.colspan(), width - c);
                for (int dr = 0; dr < down; dr++) {
                    for (int dc = 0; dc < across; dc++) {
                        covered[r + dr][c + dc] = dr > 0 || dc > 0;
                    }
                }
                Object content = value.value();
                cells.add(down > 1 || across > 1 ? new ImportedTable.SpanCell(content instanceof BigDecimal number
                        ? number.toPlainString() : content.toString(), down, across) : content);
            }
            out.add(cells);
        }
        return out;
    }
}
