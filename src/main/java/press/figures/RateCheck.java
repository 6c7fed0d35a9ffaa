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
 * truncated ("0.54%" for 149/27324 is truncated, and right); it is never above 100 % unless the
 * kind allows it (figures.json {@code rates.above100}); a rate of nothing (a whole of 0) is
 * typed "—", "/" or null, and only then.
 */
record RateCheck(String each, Severity severity, String message, String rate, Expression part, Expression whole)
        implements Check {

    private static final Pattern TYPED = Pattern.compile("\\s*([0-9]+(?:\\.([0-9]+))?)\\s*%\\s*");
    private static final Pattern NONE = Pattern.compile("\\s*[—/－-]+\\s*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Scope at : Check.scopes(scope, each)) {
            List<JsonPath.Match> typed = typed(at);
            Optional<Value> numerator = part.evaluate(at);
            Optional<Value> denominator = whole.evaluate(at);
            if (typed.size() != 1 || numerator.isEmpty() || denominator.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> printed = percent(typed.get(0));
            BigDecimal p = numerator.get().number();
            BigDecimal w = denominator.get().number();
            String arithmetic = numerator.get().term() + " / " + denominator.get().term();
            List<String> involved = new ArrayList<>(List.of(typed.get(0).path()));
            involved.addAll(numerator.get().paths());
            involved.addAll(denominator.get().paths());
            if (noRate(typed.get(0).node())) {
                if (w.signum() > 0) {
                    findings.add(new Finding(Severity.ERROR, "noRate", involved, "比率", typed.get(0).node().asString("null"),
                            typed.get(0).path() + " 写作“无”，但 " + arithmetic + " 有可算的比率：请填写比率"
                                    + " / the rate is left blank though " + arithmetic + " gives one: type it"));
                }
                continue;
            }
            if (printed.isPresent() && printed.get().compareTo(HUNDRED) > 0 && !at.rates().allowsAbove100()) {
                findings.add(new Finding(Severity.ERROR, "rateAbove100", involved, "≤ 100%", printed.get().toPlainString() + "%",
                        "比率超过100%：" + typed.get(0).path() + " 为 " + printed.get().toPlainString() + "%（" + arithmetic
                                + "）。请核对数据；确属结转等情形时，由 figures.json 的 rates.above100 写明措辞"
                                + " / a rate above 100 % is refused: check the figures, or let the kind allow it with its"
                                + " wording (figures.json rates.above100)"));
                continue;
            }
            if (printed.isPresent() && w.signum() == 0) {
                findings.add(new Finding(Severity.WARNING, "falseZero", involved, at.rates().none(),
                        printed.get().toPlainString() + "%", typed.get(0).path() + " 为 " + printed.get().toPlainString()
                                + "%，但 " + arithmetic + " 无可算的比率：请写“" + at.rates().none() + "”"
                                + " / nothing to rate: write " + at.rates().none() + " instead of a false rate"));
                continue;
            }
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

    /** The typed rate; a null one too, which paths do not select, where the rate is the element's own field. */
    private List<JsonPath.Match> typed(Scope at) {
        List<JsonPath.Match> typed = Check.select(at, rate);
        int dot = rate.lastIndexOf('.');
        if (!typed.isEmpty() || rate.endsWith("]") || dot < 0 && rate.startsWith("$")) {
            return typed;
        }
        String field = rate.substring(dot + 1);
        List<JsonPath.Match> parents = dot < 0 ? List.of(new JsonPath.Match(at.elementPath(), at.element()))
                : rate.startsWith("$") && dot == 1 ? List.of(new JsonPath.Match("$", at.root()))
                : Check.select(at, rate.substring(0, dot));
        if (parents.size() == 1 && parents.get(0).node().has(field) && parents.get(0).node().get(field).isNull()) {
            return List.of(new JsonPath.Match(parents.get(0).path() + "." + field, parents.get(0).node().get(field)));
        }
        return typed;
    }

    /** A rate typed as having no value: null, "—" or "/" (as tables write a rate of nothing). */
    static boolean noRate(tools.jackson.databind.JsonNode node) {
        return node.isNull() || node.isString() && NONE.matcher(node.asString()).matches();
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
