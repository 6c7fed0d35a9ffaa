package press.render.ofd;

import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.List;
import press.fonts.Shaping;
import press.render.compose.GlyphForm;
import press.render.page.GlyphRun;
import press.render.page.TextLine;

/**
 * Writes a line of text as one TextObject per glyph run, every glyph where the PDF puts it: a
 * TextCode from the run's first glyph with each following glyph's distance in {@code DeltaX},
 * from the composed advances — spacing and horizontal scale included. A compressed mark needs
 * no half-width glyph here: a closing mark is drawn whole and advances half an em, an opening
 * one is drawn whole half an em to the left. Horizontal scale narrows the glyphs through
 * {@code HScale} (GB/T 42133 6.6 d wants it rather than a CTM), a turned line turns through its
 * CTM; strong text is stroked as well as filled. A shaped cluster (Tibetan) is drawn by the
 * glyph indices the JDK's shaping gives, through a {@code CGTransform}, each glyph at its
 * shaped place.
 */
final class OfdText {

    /** The stroke of strong text: a thirtieth of its size, as the PDF draws it. */
    private static final float STRONG_STROKE = 1 / 30f;

    private final OfdFonts fonts;
    private final Shaping shaping;
    private final OfdIds ids;

    OfdText(OfdFonts fonts, Shaping shaping, OfdIds ids) {
        this.fonts = fonts;
        this.shaping = shaping;
        this.ids = ids;
    }

    /** Writes the line's runs; {@code written} hears of each object's identifier. */
    void write(OfdXml xml, TextLine line, java.util.function.LongConsumer written) {
        double turn = Math.toRadians(line.angle());
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        float at = 0;
        List<GlyphRun> runs = line.runs();
        for (int r = 0; r < runs.size(); ) {
            GlyphRun run = runs.get(r);
            if (run.form() == GlyphForm.CLUSTER) {
                if (!run.text().isEmpty()) {
                    long id = ids.next();
                    written.accept(id);
                    cluster(xml, id, line, run, at, cos, sin);
                }
                at += run.width();
                r++;
                continue;
            }
            // runs side by side that differ only in form or spacing are one object, one TextCode (GB/T 42133 6.6 a)
            int until = r + 1;
            while (until < runs.size() && alike(run, runs.get(until))) {
                until++;
            }
            List<GlyphRun> alike = runs.subList(r, until);
            if (alike.stream().anyMatch(each -> !each.text().isEmpty())) {
                long id = ids.next();
                written.accept(id);
                runs(xml, id, line, alike, at, cos, sin);
            }
            for (GlyphRun each : alike) {
                at += each.width();
            }
            r = until;
        }
    }

    private boolean alike(GlyphRun first, GlyphRun next) {
        return next.form() != GlyphForm.CLUSTER && fonts.resource(first.face()).equals(fonts.resource(next.face()))
                && first.size() == next.size() && first.color() == next.color() && first.strong() == next.strong()
                && first.scale() == next.scale();
    }

    private void runs(OfdXml xml, long id, TextLine line, List<GlyphRun> runs, float at, double cos, double sin) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (GlyphRun run : runs) {
            text.append(run.text());
            count += run.text().codePointCount(0, run.text().length());
        }
        double[] xs = new double[count];
        double pen = at;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        int i = 0;
        for (GlyphRun run : runs) {
            String characters = run.text();
            java.util.function.IntUnaryOperator advances = fonts.advances(run.face());
            for (int offset = 0; offset < characters.length(); ) {
                int c = characters.codePointAt(offset);
                offset += Character.charCount(c);
                double whole = advances.applyAsInt(c) * run.size() / 1000.0;
                double x = run.form() == GlyphForm.RIGHT_HALF ? pen - whole / 2 * run.scale() : pen;
                xs[i++] = x;
                left = Math.min(left, x);
                right = Math.max(right, x + whole * run.scale());
                pen += (whole * run.form().share() + run.spacing()) * run.scale();
            }
        }
        GlyphRun first = runs.get(0);
        Placement place = new Placement(line, left, right, first.size(), cos, sin);
        start(xml, id, first, place);
        if (first.scale() != 1) {
            xml.attribute("HScale", OfdNumbers.format(first.scale()));
        }
        colours(xml, first);
        xml.start("TextCode").attribute("X", OfdNumbers.format(place.x(xs[0]))).attribute("Y", OfdNumbers.format(place.y()));
        if (count > 1) {
            xml.attribute("DeltaX", deltas(xs));
        }
        xml.text(text.toString()).end().end();
    }

    private void cluster(OfdXml xml, long id, TextLine line, GlyphRun run, float at, double cos, double sin) {
        GlyphVector glyphs = shaping.shape(run.text(), run.face(), run.size());
        int count = glyphs.getNumGlyphs();
        double[] xs = new double[count];
        double[] ys = new double[count];
        StringBuilder codes = new StringBuilder();
        for (int g = 0; g < count; g++) {
            Point2D position = glyphs.getGlyphPosition(g);
            xs[g] = at + position.getX();
            ys[g] = position.getY();
            codes.append(g > 0 ? " " : "").append(glyphs.getGlyphCode(g));
        }
        double width = glyphs.getGlyphPosition(count).getX();
        Placement place = new Placement(line, at, at + Math.max(width, run.width()), run.size(), cos, sin);
        start(xml, id, run, place);
        colours(xml, run);
        xml.start("CGTransform").attribute("CodePosition", 0)
                .attribute("CodeCount", run.text().codePointCount(0, run.text().length()))
                .attribute("GlyphCount", count).element("Glyphs", codes.toString()).end();
        xml.start("TextCode").attribute("X", OfdNumbers.format(place.x(xs[0])))
                .attribute("Y", OfdNumbers.format(place.y() + OfdNumbers.mm(ys[0])));
        if (count > 1) {
            xml.attribute("DeltaX", deltas(xs));
            double[] shifted = new double[count];
            boolean any = false;
            for (int g = 0; g < count; g++) {
                shifted[g] = ys[g];
                any |= ys[g] != ys[0];
            }
            if (any) {
                xml.attribute("DeltaY", deltas(shifted));
            }
        }
        xml.text(run.text()).end().end();
    }

    private void start(OfdXml xml, long id, GlyphRun run, Placement place) {
        OfdFonts.Resource font = fonts.resource(run.face());
        xml.start("TextObject").attribute("ID", id).attribute("Boundary", place.boundary())
                .attribute("Font", font.id()).attribute("Size", OfdNumbers.format(OfdNumbers.mm(run.size())));
        if (place.turned()) {
            xml.attribute("CTM", place.ctm());
        }
        if (run.strong()) {
            xml.attribute("Stroke", "true").attribute("LineWidth",
                    OfdNumbers.format(OfdNumbers.mm(run.size() * STRONG_STROKE)));
        }
    }

    private static void colours(OfdXml xml, GlyphRun run) {
        if (run.color() != 0) {
            xml.start("FillColor").attribute("Value", OfdColors.value(run.color())).end();
        }
        if (run.strong() && run.color() != 0) {
            xml.start("StrokeColor").attribute("Value", OfdColors.value(run.color())).end();
        }
    }

    /**
     * The distances between successive positions, in millimetres, a run of equal distances
     * written once with its count ({@code g 3 5.644}), as ST_Array allows.
     */
    static String deltas(double[] points) {
        StringBuilder out = new StringBuilder(points.length * 6);
        long previous = Math.round(OfdNumbers.mm(points[0]) * 1000);
        long[] steps = new long[points.length - 1];
        for (int i = 1; i < points.length; i++) {
            long here = Math.round(OfdNumbers.mm(points[i]) * 1000);
            steps[i - 1] = here - previous;
            previous = here;
        }
        for (int i = 0; i < steps.length; ) {
            int same = 1;
            while (i + same < steps.length && steps[i + same] == steps[i]) {
                same++;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (same > 1) {
                out.append("g ").append(same).append(' ');
            }
            OfdNumbers.append(out, steps[i] / 1000.0);
            i += same;
        }
        return out.toString();
    }
}
