package press.render.ofd;

import java.util.List;
import press.render.page.PathSegment;

/**
 * A path's outline in OFD's abbreviated form ({@code M x y L x y B x1 y1 x2 y2 x3 y3 C}) and
 * the box round it: points are collected in page points and written in millimetres from the
 * corner of the object's Boundary, which the caller chooses (the path's own box, grown by half
 * its stroke, or the box of the clip it is seen through).
 */
final class PathData {

    private final StringBuilder commands = new StringBuilder();
    private double[] coordinates = new double[16];
    private int count;
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    static PathData of(List<PathSegment> segments) {
        PathData data = new PathData();
        for (PathSegment segment : segments) {
            switch (segment) {
                case PathSegment.MoveTo move -> data.command('M').point(move.x(), move.y());
                case PathSegment.LineTo line -> data.command('L').point(line.x(), line.y());
                case PathSegment.CurveTo curve -> data.command('B').point(curve.x1(), curve.y1())
                        .point(curve.x2(), curve.y2()).point(curve.x3(), curve.y3());
                case PathSegment.Close close -> data.command('C');
            }
        }
        return data;
    }

    PathData command(char command) {
        commands.append(command);
        return this;
    }

    PathData point(double x, double y) {
        if (count + 2 > coordinates.length) {
            coordinates = java.util.Arrays.copyOf(coordinates, coordinates.length * 2);
        }
        coordinates[count++] = x;
        coordinates[count++] = y;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
        return this;
    }

    /** The box round the points grown by {@code margin} points on every side, in page millimetres. */
    double[] box(double margin) {
        return new double[] {OfdNumbers.mm(minX - margin), OfdNumbers.mm(minY - margin),
                OfdNumbers.mm(maxX - minX + 2 * margin), OfdNumbers.mm(maxY - minY + 2 * margin)};
    }

    /** Whether the path is one rectangle along the axes, the whole of its box. */
    boolean rectangle() {
        if (!commands.toString().equals("MLLLC")) {
            return false;
        }
        for (int i = 0; i < count; i += 2) {
            boolean cornerX = coordinates[i] == minX || coordinates[i] == maxX;
            boolean cornerY = coordinates[i + 1] == minY || coordinates[i + 1] == maxY;
            if (!cornerX || !cornerY) {
                return false;
            }
        }
        return true;
    }

    /** The abbreviated data, relative to the corner ({@code x}, {@code y}) in page millimetres. */
    String abbreviated(double x, double y) {
        StringBuilder out = new StringBuilder(commands.length() * 2 + count * 7);
        int at = 0;
        for (int c = 0; c < commands.length(); c++) {
            char command = commands.charAt(c);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(command);
            int points = switch (command) {
                case 'M', 'L' -> 1;
                case 'B' -> 3;
                default -> 0;
            };
            for (int p = 0; p < points; p++) {
                out.append(' ');
                OfdNumbers.append(out, OfdNumbers.mm(coordinates[at++]) - x);
                out.append(' ');
                OfdNumbers.append(out, OfdNumbers.mm(coordinates[at++]) - y);
            }
        }
        return out.toString();
    }
}
