package press.figures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed rate equals its ratio at the precision it is printed with, rounded half up or
 * truncated ("0.54%" for 149/27324 is truncated, and right).
 */
record RateCheck(String each, Severity severity, String message, String rate, Expression part, Expression whole)
        implements Check {

    private static final Pattern TYPED = Pattern.compile("\\s*([0-9]+(?:\\.([0-9]+))?)\\s*%\\s*");

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Scope at : Check.scopes(scope, each)) {
            List<JsonPath.Match> typed = Check.select(at, rate);
            Optional<Value> numerator = part.evaluate(at);
            Optional<Value> denominator = whole.evaluate(at);
            if (typed.size() != 1 || numerator.isEmpty() || denominator.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> printed = percent(typed.get(0));
            BigDecimal p = numerator.get().number();
            BigDecimal w = denominator.get().number();
            if (printed.isEmpty() || w.signum() <= 0 || p.signum() < 0 || !integral(p) || !integral(w)) {
                continue;
            }
            int decimals = Math.max(0, printed.get().scale());
            BigInteger pi = p.toBigIntegerExact();
            BigInteger wi = w.toBigIntegerExact();
            BigDecimal halfUp = new Percent(Rounding.HALF_UP, decimals).value(pi, wi);
            BigDecimal truncated = new Percent(Rounding.TRUNCATE, decimals).value(pi, wi);
            if (printed.get().compareTo(halfUp) != 0 && printed.get().compareTo(truncated) != 0) {
                String expected = halfUp.compareTo(truncated) == 0 ? halfUp.toPlainString() + "%"
                        : halfUp.toPlainString() + "%（四舍五入）或 " + truncated.toPlainString() + "%（截尾）";
                List<String> paths = new ArrayList<>(List.of(typed.get(0).path()));
                paths.addAll(numerator.get().paths());
                paths.addAll(denominator.get().paths());
                String found = printed.get().toPlainString() + "%";
                findings.add(new Finding(severity, "rate", paths, expected, found, (message != null ? message + "：" : "比率与计算不符：")
                        + typed.get(0).path() + " 为 " + found + "，而 " + numerator.get().term() + " / "
                        + denominator.get().term() + " 应为 " + expected));
            }
        }
        return findings;
    }

    private static Optional<BigDecimal> percent(JsonPath.Match match) {
        if (match.node().isNumber()) {
            return Optional.of(match.node().decimalValue());
        }
        Matcher matcher = TYPED.matcher(match.node().asString(""));
        return matcher.matches() ? Optional.of(new BigDecimal(matcher.group(1))) : Optional.empty();
    }

    private static boolean integral(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }
}
