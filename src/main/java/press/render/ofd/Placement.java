package press.render.ofd;

import press.render.page.TextLine;

/**
 * Where a run of a line lies in its TextObject: the object's Boundary (page millimetres) round
 * the run's glyphs from {@code left} to {@code right} points along the line, a size's height
 * above and below the baseline, and the run's positions in the object's own space — for a
 * level line offsets from the Boundary's corner; for a turned line offsets along the line,
 * which the CTM turns about the line's origin.
 */
final class Placement {

    /** How far the Boundary reaches above and below the baseline, in sizes: Tibetan stacks reach far below it. */
    private static final double REACH = 1.1;
    /** Room beside the glyphs, in sizes. */
    private static final double BESIDE = 0.1;

    private final TextLine line;
    private final double cos;
    private final double sin;
    private final double originX;
    private final double originY;
    private final double[] box;

    Placement(TextLine line, double left, double right, float size, double cos, double sin) {
        this.line = line;
        this.cos = cos;
        this.sin = sin;
        double from = left - BESIDE * size;
        double to = right + BESIDE * size;
        double above = -REACH * size;
        double below = REACH * size;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double u : new double[] {from, to}) {
            for (double v : new double[] {above, below}) {
                double x = line.x() + u * cos + v * sin;
                double y = line.baseline() - u * sin + v * cos;
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
        }
        box = new double[] {OfdNumbers.mm(minX), OfdNumbers.mm(minY), OfdNumbers.mm(maxX - minX), OfdNumbers.mm(maxY - minY)};
        originX = OfdNumbers.mm(line.x()) - box[0];
        originY = OfdNumbers.mm(line.baseline()) - box[1];
    }

    boolean turned() {
        return line.angle() != 0;
    }

    String boundary() {
        return OfdNumbers.list(box);
    }

    /** The turn about the line's origin, placed in the Boundary. */
    String ctm() {
        return OfdNumbers.fine(cos) + " " + OfdNumbers.fine(-sin) + " " + OfdNumbers.fine(sin) + " "
                + OfdNumbers.fine(cos) + " " + OfdNumbers.format(originX) + " " + OfdNumbers.format(originY);
    }

    /** The object-space x of a point {@code along} points along the line. */
    double x(double along) {
        return turned() ? OfdNumbers.mm(along) : originX + OfdNumbers.mm(along);
    }

    /** The object-space y of the baseline. */
    double y() {
        return turned() ? 0 : originY;
    }
}
