package press.template;

import freemarker.core.Environment;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import press.figures.NumberStyle;

/**
 * How {@code ${number}} prints in every template: digits as the data give them, never in
 * exponent form ({@code 1E-7}) and never from a float's {@code toString}; with the parameter
 * {@code grouped} (number_format {@code "@plain grouped"}), with thousands separators.
 */
final class PlainNumbers extends TemplateNumberFormatFactory {

    static final PlainNumbers INSTANCE = new PlainNumbers();

    private PlainNumbers() {
    }

    @Override
    public TemplateNumberFormat get(String params, Locale locale, Environment env) {
        NumberStyle style = new NumberStyle(-1, "grouped".equals(params.strip()));
        return new TemplateNumberFormat() {
            @Override
            public String formatToPlainText(TemplateNumberModel number) throws TemplateModelException {
                return style.format(decimal(number.getAsNumber()));
            }

            @Override
            public boolean isLocaleBound() {
                return false;
            }

            @Override
            public String getDescription() {
                return "plain digits" + (style.grouping() ? ", grouped" : "");
            }
        };
    }

    static BigDecimal decimal(Number number) {
        return switch (number) {
            case BigDecimal decimal -> decimal;
            case BigInteger integer -> new BigDecimal(integer);
            case Long value -> BigDecimal.valueOf(value);
            case Integer value -> BigDecimal.valueOf(value);
            case Short value -> BigDecimal.valueOf(value);
            case Byte value -> BigDecimal.valueOf(value);
            default -> new BigDecimal(number.toString());
        };
    }
}
