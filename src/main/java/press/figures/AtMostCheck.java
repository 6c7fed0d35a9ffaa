package press.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A part never exceeds its whole: 办结 ≤ 受理, 在线答复 ≤ 接听总量. */
record AtMostCheck(String each, Severity severity, String message, Expression value, Expression limit) implements Check {

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Scope at : Check.scopes(scope, each)) {
            Optional<Value> part = value.evaluate(at);
            Optional<Value> whole = limit.evaluate(at);
            if (part.isPresent() && whole.isPresent() && part.get().number().compareTo(whole.get().number()) > 0) {
                List<String> paths = new ArrayList<>(part.get().paths());
                paths.addAll(whole.get().paths());
                findings.add(new Finding(severity, "atMost", paths, "≤ " + whole.get().shown(), part.get().shown(),
                        (message != null ? message + "：" : "部分大于整体：") + part.get().term() + " 大于 " + whole.get().term()));
            }
        }
        return findings;
    }
}
