package press.figures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * How a kind prints a rate: the rounding rule and the number of decimals. A rate is shown as
 * 100 % only when the part is the whole and as 0 % only when the part is nothing: 1 open case
 * of 1,234,567 prints 99.99 %, not 100 %. A rate that comes out whole drops its decimals
 * ("100%", "50%"); otherwise every decimal is printed ("99.50%").
 */
public record Percent(Rounding rounding, int decimals) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Percent DEFAULT = new Percent(Rounding.HALF_UP, 2);

    public Percent {
        Objects.requireNonNull(rounding, "rounding");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("a rate has 0 to 6 decimals, not " + decimals);
        }
    }

    public Percent withDecimals(int places) {
        return new Percent(rounding, places);
    }

    /**
     * The rate of {@code part} in {@code whole} as printed, "99.58%".
     *
     * @throws IllegalArgumentException for a negative figure or a whole of zero, which has no
     *     rate: the template words it ("无办件") or leaves the clause out
     */
    public String format(BigInteger part, BigInteger whole) {
        if (part.signum() < 0 || whole.signum() < 0) {
            throw new IllegalArgumentException("a rate of negative figures (" + part + "/" + whole + ") is never printed");
        }
        if (whole.signum() == 0) {
            throw new IllegalArgumentException("the rate " + part + "/0 has no value; word it instead of printing a rate");
        }
        BigDecimal exact = new BigDecimal(part).multiply(HUNDRED).divide(new BigDecimal(whole), decimals + 4,
                java.math.RoundingMode.DOWN);
        return show(exact, part.equals(whole), part.signum() == 0);
    }

    /**
     * A rate the data gives as a number of percent (a connection rate of 99.99999999), printed
     * with this policy's decimals: never 100 % unless it is 100, never 0 % unless it is 0.
     */
    public String formatTyped(BigDecimal percent) {
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("a negative rate (" + percent.toPlainString() + "%) is never printed");
        }
        return show(percent, percent.compareTo(HUNDRED) == 0, percent.signum() == 0);
    }

    /** The printed value, without the sign, for comparisons: "99.58". */
    public BigDecimal value(BigInteger part, BigInteger whole) {
        String printed = format(part, whole);
        return new BigDecimal(printed.substring(0, printed.length() - 1));
    }

    private String show(BigDecimal exact, boolean full, boolean none) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal shown = exact.setScale(decimals, rounding.mode());
        if (!full && shown.compareTo(HUNDRED) == 0) {
            shown = exact.compareTo(HUNDRED) < 0 ? HUNDRED.subtract(step) : HUNDRED.add(step);
        }
        if (!none && shown.signum() == 0) {
            shown = step;
        }
        if (shown.stripTrailingZeros().scale() <= 0) {
            shown = shown.setScale(0, java.math.RoundingMode.UNNECESSARY);
        }
        return shown.toPlainString() + "%";
    }
}
