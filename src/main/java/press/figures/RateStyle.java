package press.figures;

/**
 * What a kind says of rates beyond the usual: whether one above 100 % may be printed, and with
 * what words after it ({@code "above100": "（含上月结转件）"}; without the key such a rate is
 * refused, since 办结 above 受理 is almost always a typing error), and how a rate with nothing to
 * rate prints ({@code "none": "—"}), so that no row without evaluations shows a false 0 %.
 */
public record RateStyle(String above100, String none) {

    public static final RateStyle DEFAULT = new RateStyle(null, "—");

    public RateStyle {
        java.util.Objects.requireNonNull(none, "none");
    }

    public boolean allowsAbove100() {
        return above100 != null;
    }
}
