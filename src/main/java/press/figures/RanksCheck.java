package press.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranks follow the order of the rows: the first is 1, then each row either ties the one above
 * or takes its own position (1, 2, 2, 4).
 */
record RanksCheck(String rows, String rank, Severity severity, String message) implements Check {

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        List<JsonPath.Match> all = JsonPath.select(scope.root(), rows + "[*]");
        long previous = 0;
        for (int i = 0; i < all.size(); i++) {
            List<JsonPath.Match> field = Check.select(scope.at(all.get(i)), rank);
            if (field.size() != 1 || !field.get(0).node().canConvertToLong()) {
                return findings;
            }
            long found = field.get(0).node().asLong();
            long position = i + 1;
            if (found != position && (i == 0 || found != previous)) {
                String expected = i == 0 ? "1" : position + " 或 " + previous + "（并列）";
                findings.add(new Finding(severity, "ranks", List.of(field.get(0).path()), expected, Long.toString(found),
                        message != null ? message : "名次与排列顺序不符：第" + position + "行的名次是" + found));
            }
            previous = found;
        }
        return findings;
    }
}
