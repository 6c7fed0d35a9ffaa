package press.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a number is printed: with a fixed number of decimals (half up) or, when {@code decimals}
 * is negative, as it was given (a whole number as digits, also when a spreadsheet or a script
 * wrote it 1912.0, so that no count prints "1912.0件"; a fraction with the digits it was written
 * with, but never more than the 15 significant digits a float holds, so a spreadsheet's
 * 0.30000000000000004 prints 0.3), and with or without thousands separators. Never in exponent
 * form.
 */
public record NumberStyle(int decimals, boolean grouping) {

    private static final int SIGNIFICANT = 15;

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

    /** As written, but 1E+3 and 1000.0 become 1000, 0.0000001 is never 1E-7, and a float's noise is cut. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal meant = significant(value);
        if (meant.signum() == 0 || meant.stripTrailingZeros().scale() <= 0) {
            return meant.setScale(0, RoundingMode.UNNECESSARY);
        }
        return meant;
    }

    /**
     * The number as it was meant: a fraction has at most 15 significant digits, trailing zeros
     * past the point dropped when that was cut. Whole numbers and typed decimals are unchanged.
     */
    public static BigDecimal significant(BigDecimal value) {
        if (value.precision() <= SIGNIFICANT || value.stripTrailingZeros().scale() <= 0) {
            return value;
        }
        BigDecimal rounded = value.round(new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
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
