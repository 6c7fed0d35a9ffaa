package press.template;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.List;
import press.figures.Percent;

/**
 * {@code percent(value)} for templates: a rate the data give as a number of percent (a
 * connection rate of 99.99999999), printed with the kind's decimals and rounding, never 100 %
 * unless it is 100 and never 0 % unless it is 0.
 */
final class TypedRateFunction implements TemplateMethodModelEx {

    private final Percent percent;

    TypedRateFunction(Percent percent) {
        this.percent = percent;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("percent(value) takes one number, got " + arguments.size());
        }
        try {
            return percent.formatTyped(RateFunction.number(arguments.get(0)));
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }
}
