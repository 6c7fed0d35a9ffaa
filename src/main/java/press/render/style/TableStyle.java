package press.render.style;

/**
 * Table rules and spacing, in points, the background of totals rows (0xRRGGBB), and the least
 * type size (points) a table too wide for its page may shrink to before it turns landscape or
 * is split.
 */
public record TableStyle(float rule, float totalsRule, float padding, int totalsBackground, float minSize) {

    public TableStyle {
        if (minSize <= 0) {
            throw new IllegalArgumentException("a table's least type size must be positive");
        }
    }
}
