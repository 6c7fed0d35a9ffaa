package press.figures;

import java.util.ArrayList;
import java.util.List;

/** Two texts that should read the same: an appendix's title and its line in the 附件说明. */
record SameTextCheck(String each, Severity severity, String message, String a, String b) implements Check {

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Scope at : Check.scopes(scope, each)) {
            List<JsonPath.Match> first = Check.select(at, a);
            List<JsonPath.Match> second = Check.select(at, b);
            if (first.size() == 1 && second.size() == 1 && first.get(0).node().isString() && second.get(0).node().isString()
                    && !first.get(0).node().asString().equals(second.get(0).node().asString())) {
                String expected = first.get(0).node().asString();
                String found = second.get(0).node().asString();
                findings.add(new Finding(severity, "sameText", List.of(first.get(0).path(), second.get(0).path()), expected,
                        found, message != null ? message : "两处文字应当一致：“" + expected + "”与“" + found + "”"));
            }
        }
        return findings;
    }
}
