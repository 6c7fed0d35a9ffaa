package press.template;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.math.BigDecimal;
import java.util.List;
import press.figures.Percent;

/**
 * {@code rate(part, whole)} and {@code rate(part, whole, decimals)} for templates: the rate as
 * the kind prints it (figures.json: rounding and decimals), never 100 % or 0 % unless it is. A
 * rate of nothing ({@code whole} 0) has no value: the template words it instead ("无办件"), and
 * asking for it is a template error.
 */
final class RateFunction implements TemplateMethodModelEx {

    private final Percent percent;

    RateFunction(Percent percent) {
        this.percent = percent;
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
            return policy.format(part.toBigIntegerExact(), whole.toBigIntegerExact());
        } catch (ArithmeticException e) {
            throw new TemplateModelException("rate(" + part.toPlainString() + ", " + whole.toPlainString()
                    + ") takes whole counts");
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    static BigDecimal number(Object argument) throws TemplateModelException {
        if (argument instanceof TemplateNumberModel number) {
            return new BigDecimal(number.getAsNumber().toString());
        }
        throw new TemplateModelException("expected a number, got " + argument);
    }
}
