package press.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A total equals the sum of its parts: 评价数 = 好评 + 差评. */
record SumCheck(String each, Severity severity, String message, Expression total, List<Expression> parts) implements Check {

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Scope at : Check.scopes(scope, each)) {
            Optional<Value> found = total.evaluate(at);
            Optional<Value> expected = new Expression.Sum(parts).evaluate(at);
            if (found.isPresent() && expected.isPresent() && NumberStyle.significant(found.get().number())
                    .compareTo(NumberStyle.significant(expected.get().number())) != 0) {
                List<String> paths = new ArrayList<>(found.get().paths());
                paths.addAll(expected.get().paths());
                findings.add(new Finding(severity, "sum", paths, expected.get().shown(), found.get().shown(),
                        (message != null ? message + "：" : "合计与各项之和不符：") + found.get().term() + "，而 "
                                + expected.get().arithmetic() + (parts.size() == 1 ? "" : " = " + expected.get().shown())));
            }
        }
        return findings;
    }
}
