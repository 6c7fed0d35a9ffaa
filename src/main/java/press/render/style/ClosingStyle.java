package press.render.style;

/**
 * The closing block (版记), in points: thick first and last rules, thin between ({@code rules}
 * false draws none, as a 信函 has it); {@code imprint} false leaves out the printing office and
 * date; {@code evenPage} puts the block on an even last page, with a blank page before it when
 * needed, as double-sided 公文 are printed.
 */
public record ClosingStyle(float thickRule, float thinRule, boolean rules, boolean imprint, boolean evenPage) {
}
