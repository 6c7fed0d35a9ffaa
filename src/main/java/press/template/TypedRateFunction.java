package press.template;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import press.figures.Percent;
import press.figures.RateStyle;

/**
 * {@code percent(value)} for templates: a rate the data give as a number of percent (a
 * connection rate of 99.99999999), printed with the kind's decimals and rounding, never 100 %
 * unless it is 100 and never 0 % unless it is 0. A rate the data give as text ("99.50%", as
 * published) prints as typed; one with nothing to rate ({@code ""}, "—", "/", or a missing value
 * passed as {@code value!}) prints as the kind's style says (figures.json {@code rates.none}).
 * Above 100 % it is refused unless the kind allows it ({@code rates.above100}).
 */
final class TypedRateFunction implements TemplateMethodModelEx {

    private static final Pattern NONE = Pattern.compile("\\s*[—/－-]*\\s*");
    private static final Pattern TYPED = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Percent percent;
    private final RateStyle style;
    private final RateRefusals refusals;

    TypedRateFunction(Percent percent) {
        this(percent, RateStyle.DEFAULT, new RateRefusals());
    }

    TypedRateFunction(Percent percent, RateStyle style, RateRefusals refusals) {
        this.percent = percent;
        this.style = style;
        this.refusals = refusals;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("percent(value) takes one number, got " + arguments.size());
        }
        if (arguments.get(0) instanceof TemplateScalarModel text) {
            return typed(text.getAsString());
        }
        BigDecimal value = RateFunction.number(arguments.get(0));
        try {
            return checked(value, percent.formatTyped(value));
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private String typed(String text) {
        if (NONE.matcher(text).matches()) {
            return style.none();
        }
        var matcher = TYPED.matcher(text);
        return matcher.matches() ? checked(new BigDecimal(matcher.group(1)), text.strip()) : text;
    }

    /** A typed percentage as the kind prints it, checked as {@code percent()} checks it. */
    String shown(BigDecimal value) {
        return checked(value, percent.formatTyped(value));
    }

    private String checked(BigDecimal value, String shown) {
        if (value.compareTo(HUNDRED) <= 0) {
            return shown;
        }
        if (!style.allowsAbove100()) {
            refusals.typed(value, shown);
            return shown;
        }
        return shown + style.above100();
    }
}
