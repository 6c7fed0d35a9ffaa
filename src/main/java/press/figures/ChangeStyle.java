package press.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a change is printed: its rounding and decimals (figures.json {@code "comparisons":
 * {"percent": {...}, "points": {...}}}). A change that is not zero never prints as zero:
 * where the kind's decimals show it as 0, up to {@link #MAX_DECIMALS} are used, and a change
 * smaller still is worded 略有增长/略有下降 without a figure. A count that has not fallen to
 * nothing never prints a fall of 100 % (where even four decimals would round to it, they are
 * cut instead). The kind's decimals are always printed, as statistics
 * do ("增长2.0%").
 */
public record ChangeStyle(Rounding rounding, int decimals) {

    /** Beyond this a figure says nothing a reader can use: 略有增长 says it better. */
    public static final int MAX_DECIMALS = 4;

    public static final ChangeStyle PERCENT = new ChangeStyle(Rounding.HALF_UP, 1);
    public static final ChangeStyle POINTS = new ChangeStyle(Rounding.HALF_UP, 2);

    public ChangeStyle {
        Objects.requireNonNull(rounding, "rounding");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("a change has 0 to " + MAX_DECIMALS + " decimals, not " + decimals);
        }
    }

    /**
     * The magnitude as printed, or null where no figure of at most {@link #MAX_DECIMALS}
     * decimals shows it truly: a change of 0.00004 % is 略有, not "0%". {@code ceiling} is a
     * bound the printed figure reaches only when the change does (a fall of 100 %).
     */
    BigDecimal shown(BigDecimal magnitude, BigDecimal ceiling) {
        if (magnitude.signum() == 0) {
            return BigDecimal.ZERO;
        }
        for (int places = decimals; places <= MAX_DECIMALS; places++) {
            BigDecimal shown = magnitude.setScale(places, rounding.mode());
            boolean falseZero = shown.signum() == 0;
            boolean falseCeiling = ceiling != null && shown.compareTo(ceiling) >= 0 && magnitude.compareTo(ceiling) < 0;
            if (!falseZero && !falseCeiling) {
                return shown;
            }
            if (falseCeiling && places == MAX_DECIMALS) {
                // a fall of 99.99999 %: cut, not rounded, so it stays below the 100 % it is not
                return magnitude.setScale(places, java.math.RoundingMode.DOWN);
            }
        }
        return null;
    }
}
