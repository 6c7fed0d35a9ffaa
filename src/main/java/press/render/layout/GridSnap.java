package press.render.layout;

/**
 * Puts what follows back on the line grid after text placed off it (the 公文 title): the next
 * line goes in the first band of the grid that leaves {@code blankLines} empty lines under the
 * line above, whose em box reaches {@code descent} points below its baseline.
 */
public record GridSnap(int blankLines, float descent) implements Part {

    public GridSnap {
        if (blankLines < 0 || descent < 0) {
            throw new IllegalArgumentException("blank lines and descent must not be negative");
        }
    }
}
