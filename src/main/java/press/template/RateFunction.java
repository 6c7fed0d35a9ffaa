package press.template;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.math.BigDecimal;
import java.util.List;
import press.figures.Percent;
import press.figures.RateStyle;

/**
 * {@code rate(part, whole)} and {@code rate(part, whole, decimals)} for templates: the rate as
 * the kind prints it (figures.json: rounding and decimals), never 100 % or 0 % unless it is. A
 * rate of nothing ({@code whole} 0) has no value: the template words it instead ("无办件"), and
 * asking for it is a template error. A rate above 100 % is refused unless the kind allows it
 * (figures.json {@code rates.above100}), and then printed with the kind's words after it.
 */
final class RateFunction implements TemplateMethodModelEx {

    private final Percent percent;
    private final RateStyle style;
    private final RateRefusals refusals;

    RateFunction(Percent percent) {
        this(percent, RateStyle.DEFAULT, new RateRefusals());
    }

    /** Rates above 100 % print with the kind's words where it allows them, else are collected in {@code refusals}. */
    RateFunction(Percent percent, RateStyle style, RateRefusals refusals) {
        this.percent = percent;
        this.style = style;
        this.refusals = refusals;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 2 && arguments.size() != 3) {
            throw new TemplateModelException("rate(part, whole[, decimals]) takes two or three numbers, got " + arguments.size());
        }
        BigDecimal part = number(arguments.get(0));
        BigDecimal whole = number(arguments.get(1));
        Percent policy = arguments.size() == 3 ? percent.withDecimals(number(arguments.get(2)).intValueExact()) : percent;
        try {
            return shown(part, whole, policy);
        } catch (ArithmeticException e) {
            throw new TemplateModelException("rate(" + part.toPlainString() + ", " + whole.toPlainString()
                    + ") takes whole counts");
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    /** The rate as the kind prints it; one above 100 % with the kind's words, or noted among the refusals. */
    String shown(BigDecimal part, BigDecimal whole) {
        return shown(part, whole, percent);
    }

    private String shown(BigDecimal part, BigDecimal whole, Percent policy) {
        String shown = policy.format(part.toBigIntegerExact(), whole.toBigIntegerExact());
        if (part.compareTo(whole) > 0) {
            if (!style.allowsAbove100()) {
                refusals.part(part, whole, shown);
            }
            return shown + (style.allowsAbove100() ? style.above100() : "");
        }
        return shown;
    }

    static BigDecimal number(Object argument) throws TemplateModelException {
        if (argument instanceof TemplateNumberModel number) {
            return new BigDecimal(number.getAsNumber().toString());
        }
        throw new TemplateModelException("expected a number, got " + argument);
    }
}
