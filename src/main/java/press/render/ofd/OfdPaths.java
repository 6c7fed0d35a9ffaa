package press.render.ofd;

import java.util.List;
import press.render.page.Box;
import press.render.page.Rule;
import press.render.page.VectorPath;

/**
 * Writes rules, boxes (a cell's tint and border) and vector paths (a chart's marks) as
 * PathObjects: a fill and an outline in one object where the PDF draws both, the dash of a
 * line series as its DashPattern, a hatching seen through its slice as a clip. Only a stroked
 * path carries a line width and dash (GB/T 42133 6.3.3 c); a clip that is the object's whole
 * Boundary is left out, the Boundary clipping alike (6.3.2 a).
 */
final class OfdPaths {

    private static final double HAIR = 0.01;

    private final OfdIds ids;

    OfdPaths(OfdIds ids) {
        this.ids = ids;
    }

    long rule(OfdXml xml, Rule rule) {
        PathData data = new PathData().command('M').point(rule.x1(), rule.y1()).command('L').point(rule.x2(), rule.y2());
        return write(xml, data, data.box(rule.width() / 2 + HAIR), Box.NONE, rule.width(), rule.color(), List.of(), null);
    }

    long box(OfdXml xml, Box box) {
        PathData data = new PathData().command('M').point(box.x(), box.y()).command('L').point(box.x() + box.width(), box.y())
                .command('L').point(box.x() + box.width(), box.y() + box.height()).command('L')
                .point(box.x(), box.y() + box.height()).command('C');
        return write(xml, data, data.box(box.stroke() / 2 + HAIR), box.fill(), box.stroke(), box.strokeColor(), List.of(),
                null);
    }

    long path(OfdXml xml, VectorPath path) {
        PathData data = PathData.of(path.segments());
        if (path.clip().isEmpty()) {
            return write(xml, data, data.box(path.stroke() / 2 + HAIR), path.fill(), path.stroke(), path.strokeColor(),
                    path.dash(), null);
        }
        PathData clip = PathData.of(path.clip());
        return write(xml, data, clip.box(0), path.fill(), path.stroke(), path.strokeColor(), path.dash(),
                clip.rectangle() ? null : clip);
    }

    private long write(OfdXml xml, PathData data, double[] box, int fill, float stroke, int strokeColor, List<Float> dash,
                       PathData clip) {
        long id = ids.next();
        xml.start("PathObject").attribute("ID", id).attribute("Boundary", OfdNumbers.list(box));
        if (stroke > 0) {
            xml.attribute("LineWidth", OfdNumbers.format(OfdNumbers.mm(stroke)));
            if (!dash.isEmpty()) {
                double[] pattern = new double[dash.size()];
                for (int i = 0; i < pattern.length; i++) {
                    pattern[i] = OfdNumbers.mm(dash.get(i));
                }
                xml.attribute("DashPattern", OfdNumbers.list(pattern));
            }
        } else {
            xml.attribute("Stroke", "false");
        }
        if (fill != Box.NONE) {
            xml.attribute("Fill", "true");
        }
        if (clip != null) {
            xml.start("Clips").start("Clip").start("Area").start("Path")
                    .attribute("Boundary", OfdNumbers.list(0, 0, box[2], box[3])).attribute("Stroke", "false")
                    .attribute("Fill", "true").element("AbbreviatedData", clip.abbreviated(box[0], box[1]))
                    .end().end().end().end();
        }
        if (stroke > 0 && strokeColor != 0) {
            // a path's outline is black unless it says otherwise (GB/T 33190 §9.1): most rules and borders need not say
            xml.start("StrokeColor").attribute("Value", OfdColors.value(strokeColor)).end();
        }
        if (fill != Box.NONE) {
            xml.start("FillColor").attribute("Value", OfdColors.value(fill)).end();
        }
        xml.element("AbbreviatedData", data.abbreviated(box[0], box[1])).end();
        return id;
    }
}
