package press.template;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code rate(part, whole)} for templates: the percentage with two decimals rounded half up,
 * a whole percentage without decimals ("99.58%", "99.50%", "100%"), "—" when whole is zero.
 * Bulletins print rates this way, and a derived rate must never be typed by hand.
 */
public final class RateFunction implements TemplateMethodModelEx {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 2) {
            throw new TemplateModelException("rate(part, whole) takes two numbers, got " + arguments.size());
        }
        return format(number(arguments.get(0)), number(arguments.get(1)));
    }

    public static String format(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "—";
        }
        BigDecimal percent = part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
        if (percent.stripTrailingZeros().scale() <= 0) {
            percent = percent.setScale(0, RoundingMode.UNNECESSARY);
        }
        return percent.toPlainString() + "%";
    }

    private static BigDecimal number(Object argument) throws TemplateModelException {
        if (argument instanceof TemplateNumberModel number) {
            return new BigDecimal(number.getAsNumber().toString());
        }
        throw new TemplateModelException("rate(part, whole) takes numbers");
    }
}
