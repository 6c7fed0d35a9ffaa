package press.render.style;

/** The rules of the closing block (版记), in points: thick first and last, thin between. */
public record ClosingStyle(float thickRule, float thinRule) {
}
