package press.render.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart: from {@code low} to {@code high} in equal steps of 1, 2 or 5 times
 * a power of ten, about five of them, always including zero, so gridlines fall on round figures.
 */
public record ChartScale(BigDecimal low, BigDecimal high, BigDecimal step) {

    private static final int STEPS = 5;

    /** A scale that holds every value from {@code least} to {@code most}. */
    public static ChartScale of(BigDecimal least, BigDecimal most) {
        BigDecimal low = least.min(BigDecimal.ZERO);
        BigDecimal high = most.max(BigDecimal.ZERO);
        if (high.compareTo(low) == 0) {
            high = BigDecimal.ONE;
        }
        double rough = high.subtract(low).doubleValue() / STEPS;
        int power = (int) Math.floor(Math.log10(rough));
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(power);
        BigDecimal step = unit;
        for (int factor : new int[] {1, 2, 5, 10}) {
            step = unit.multiply(BigDecimal.valueOf(factor));
            if (step.doubleValue() >= rough) {
                break;
            }
        }
        BigDecimal bottom = floor(low, step);
        BigDecimal top = ceil(high, step);
        return new ChartScale(bottom, top, step.stripTrailingZeros());
    }

    private static BigDecimal floor(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step);
    }

    private static BigDecimal ceil(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
    }

    /** The gridline values from low to high. */
    public List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
            ticks.add(tick.stripTrailingZeros());
        }
        return ticks;
    }

    /** Where {@code value} falls between low (0) and high (1). */
    public double fraction(BigDecimal value) {
        return value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
    }
}
