package press.render.style;

/** Table rules and spacing, in points, and the background of totals rows (0xRRGGBB). */
public record TableStyle(float rule, float totalsRule, float padding, int totalsBackground) {
}
