package press.figures;

import java.math.RoundingMode;

/** How a figure is cut to its printed decimals: half up (the usual rule) or truncated (as many statistics tables do). */
public enum Rounding {
    HALF_UP(RoundingMode.HALF_UP),
    TRUNCATE(RoundingMode.DOWN);

    private final RoundingMode mode;

    Rounding(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }

    /** {@code half-up} or {@code truncate}, as figures.json writes it. */
    public static Rounding named(String name) {
        return switch (name) {
            case "half-up" -> HALF_UP;
            case "truncate" -> TRUNCATE;
            default -> throw new IllegalArgumentException("rounding is half-up or truncate, not '" + name + "'");
        };
    }
}
