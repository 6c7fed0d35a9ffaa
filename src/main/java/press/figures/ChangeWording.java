package press.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of 环比 and 同比, in one place: a count changes by a percentage of its base
 * (增长/下降 X%), a rate by the difference of the two rates in points (提高/降低 X 个百分点);
 * equal figures are 持平 and only equal figures are; a base of nothing is worded, never divided
 * by; the printed figure follows {@link ChangeStyle}.
 */
public final class ChangeWording {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 20;

    private ChangeWording() {
    }

    /**
     * A count against its base. {@code noBase} is the wording where the base is nothing or absent
     * ("上月无办件"); both nothing is 持平.
     */
    public static Change count(Base base, BigDecimal before, BigDecimal now, ChangeStyle style, String noBase) {
        if (before == null || before.signum() < 0 || before.signum() == 0 && now.signum() != 0) {
            return new Change(base, Change.Direction.NO_BASE, "", "", noBase, before, now, null);
        }
        if (before.compareTo(now) == 0) {
            return same(base, before, now);
        }
        BigDecimal exact = now.subtract(before).multiply(HUNDRED).divide(before, SCALE, RoundingMode.HALF_EVEN);
        BigDecimal ceiling = exact.signum() < 0 && now.signum() != 0 ? HUNDRED : null;
        BigDecimal shown = style.shown(exact.abs(), ceiling);
        return worded(base, exact, shown, "增长", "下降", "%", before, now);
    }

    /**
     * A rate against its base rate, both in percent, compared in 个百分点; a null base rate (no
     * cases to rate last month) is worded by {@code noBase}.
     */
    public static Change points(Base base, BigDecimal before, BigDecimal now, ChangeStyle style, String noBase) {
        if (before == null) {
            return new Change(base, Change.Direction.NO_BASE, "", "", noBase, null, now, null);
        }
        if (before.compareTo(now) == 0) {
            return same(base, before, now);
        }
        BigDecimal exact = now.subtract(before);
        BigDecimal shown = style.shown(exact.abs(), null);
        return worded(base, exact, shown, "提高", "降低", "个百分点", before, now);
    }

    /** The rate part/whole in percent, exact enough for any printed difference; null for a whole of nothing. */
    public static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole.signum() <= 0 ? null : part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_EVEN);
    }

    private static Change same(Base base, BigDecimal before, BigDecimal now) {
        return new Change(base, Change.Direction.SAME, "持平", "", base.prefix() + "持平", before, now, BigDecimal.ZERO);
    }

    private static Change worded(Base base, BigDecimal exact, BigDecimal shown, String up, String down, String unit,
                                 BigDecimal before, BigDecimal now) {
        Change.Direction direction = exact.signum() > 0 ? Change.Direction.UP : Change.Direction.DOWN;
        String word = direction == Change.Direction.UP ? up : down;
        if (shown == null) {
            word = "略有" + word;
            return new Change(base, direction, word, "", base.prefix() + word, before, now, exact);
        }
        String figure = shown.toPlainString() + unit;
        return new Change(base, direction, word, figure, base.prefix() + word + figure, before, now, exact);
    }
}
