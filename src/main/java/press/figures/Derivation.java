package press.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A count the kind derives instead of asking for it (受理 = own + lower, 正在办理 = 转办 − 书面答复):
 * its name in templates ({@code figures.referredOpen}), its label in messages, its expression.
 * A derived count below zero is never printed: the data that make it are wrong.
 */
record Derivation(String name, String label, Expression expression) {

    /** The derived value as later expressions see it; a negative one also adds the finding that refuses it. */
    Optional<Value> evaluate(Scope scope, List<Finding> findings) {
        Optional<Value> value = expression.evaluate(scope);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Value v = value.get();
        List<String> steps = new ArrayList<>(v.steps());
        steps.add(label + " = " + v.arithmetic() + " = " + v.shown());
        if (v.number().signum() < 0) {
            findings.add(new Finding(Severity.ERROR, "derived", v.paths(), "≥ 0", v.shown(),
                    label + "算出为负数（" + String.join("；", steps) + "），请核对这些数据"));
        }
        String term = label + " " + v.shown();
        return Optional.of(new Value(v.number(), term, term, steps, v.paths()));
    }
}
