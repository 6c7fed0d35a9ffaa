package press.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a number is printed: with a fixed number of decimals (half up) or, when {@code decimals}
 * is negative, as it was given (a whole number as digits, a fraction with the digits it was
 * written with), and with or without thousands separators. Never in exponent form.
 */
public record NumberStyle(int decimals, boolean grouping) {

    /** Digits as given, no separators: how bulletins print counts. */
    public static final NumberStyle PLAIN = new NumberStyle(-1, false);

    public NumberStyle {
        if (decimals > 10) {
            throw new IllegalArgumentException("at most 10 decimals, not " + decimals);
        }
    }

    public String format(BigDecimal value) {
        BigDecimal shown = decimals >= 0 ? value.setScale(decimals, RoundingMode.HALF_UP) : plain(value);
        String text = shown.toPlainString();
        return grouping ? group(text) : text;
    }

    /** As written, but 1E+3 becomes 1000 and 0.0000001 is never 1E-7. */
    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static String group(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        int end = point < 0 ? text.length() : point;
        StringBuilder out = new StringBuilder(text.substring(0, start));
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(text.charAt(i));
        }
        return out.append(text.substring(end)).toString();
    }
}
