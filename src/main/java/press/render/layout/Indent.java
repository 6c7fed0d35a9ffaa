package press.render.layout;

/**
 * A paragraph's indents in points: {@code left} for every line, and the first line's offset
 * from it ({@code firstLine} negative for a hanging indent, as "附件：1." and "报：" hang).
 */
public record Indent(float left, float firstLine) {

    /** Lines after the first start {@code hang} points in, under the first character after the label. */
    public static Indent hanging(float left, float hang) {
        return new Indent(left, -hang);
    }

    /** How far the first line hangs out to the left of the others. */
    public float hang() {
        return -firstLine;
    }
}
