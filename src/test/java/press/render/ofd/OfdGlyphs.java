package press.render.ofd;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Every glyph a page's TextObjects place, in the order they are written, at its position on
 * the page in millimetres: a TextCode's X and Y, moved on by DeltaX and DeltaY, through the
 * object's CTM, from the corner of its Boundary (GB/T 33190 §11). A CGTransform's glyphs take
 * the positions in place of its characters.
 */
final class OfdGlyphs {

    /**
     * One glyph: the characters it draws (a cluster's first glyph carries all of them, the rest
     * none), its glyph index where a CGTransform gives one (else -1), where it sits, the object's
     * font, size, horizontal scale, transform from object space to the page and identifier.
     */
    record Glyph(String text, int glyph, double x, double y, long font, double size, double hscale,
                 AffineTransform objectToPage, double localX, double localY, long object, boolean stroked,
                 double lineWidth, int fill, int stroke) {
    }

    private OfdGlyphs() {
    }

    static List<Glyph> of(OfdFile file, OfdFile.PageRef page) {
        List<Glyph> glyphs = new ArrayList<>();
        Element layerParent = OfdFile.first(file.xml(page.content()).getDocumentElement(), "Content");
        for (Element layer : OfdFile.children(layerParent, "Layer")) {
            for (Element object : OfdFile.children(layer, "TextObject")) {
                read(object, glyphs);
            }
        }
        return glyphs;
    }

    static AffineTransform objectToPage(Element object) {
        double[] boundary = OfdFile.box(object.getAttribute("Boundary"));
        AffineTransform transform = AffineTransform.getTranslateInstance(boundary[0], boundary[1]);
        if (object.hasAttribute("CTM")) {
            double[] m = OfdFile.numbers(object.getAttribute("CTM"));
            transform.concatenate(new AffineTransform(m[0], m[1], m[2], m[3], m[4], m[5]));
        }
        return transform;
    }

    static int colour(Element object, String name, int otherwise) {
        Element colour = OfdFile.first(object, name);
        if (colour == null || !colour.hasAttribute("Value")) {
            return otherwise;
        }
        double[] rgb = OfdFile.numbers(colour.getAttribute("Value"));
        return (int) rgb[0] << 16 | (int) rgb[1] << 8 | (int) rgb[2];
    }

    /** The glyphs of one TextObject. */
    static List<Glyph> ofObject(Element object) {
        List<Glyph> glyphs = new ArrayList<>();
        read(object, glyphs);
        return glyphs;
    }

    private static void read(Element object, List<Glyph> glyphs) {
        AffineTransform transform = objectToPage(object);
        long font = Long.parseLong(object.getAttribute("Font"));
        double size = Double.parseDouble(object.getAttribute("Size"));
        double hscale = object.hasAttribute("HScale") ? Double.parseDouble(object.getAttribute("HScale")) : 1;
        long id = Long.parseLong(object.getAttribute("ID"));
        boolean stroked = Boolean.parseBoolean(object.getAttribute("Stroke"));
        double lineWidth = object.hasAttribute("LineWidth") ? Double.parseDouble(object.getAttribute("LineWidth")) : 0.353;
        int fill = colour(object, "FillColor", 0);
        int stroke = colour(object, "StrokeColor", 0);
        List<Element> parts = OfdFile.elements(object);
        int[] transformGlyphs = null;
        for (Element part : parts) {
            switch (part.getLocalName()) {
                case "CGTransform" -> {
                    double[] codes = OfdFile.numbers(OfdFile.text(OfdFile.first(part, "Glyphs")));
                    transformGlyphs = new int[codes.length];
                    for (int g = 0; g < codes.length; g++) {
                        transformGlyphs[g] = (int) codes[g];
                    }
                }
                case "TextCode" -> {
                    String text = part.getTextContent();
                    int count = transformGlyphs != null ? transformGlyphs.length : text.codePointCount(0, text.length());
                    double[] dx = OfdValues.deltas(part.getAttribute("DeltaX"), count - 1);
                    double[] dy = OfdValues.deltas(part.getAttribute("DeltaY"), part.hasAttribute("DeltaY") ? count - 1 : 0);
                    double x = Double.parseDouble(part.getAttribute("X"));
                    double y = Double.parseDouble(part.getAttribute("Y"));
                    int offset = 0;
                    for (int i = 0; i < count; i++) {
                        if (i > 0) {
                            x += dx[i - 1];
                            y += dy.length > 0 ? dy[i - 1] : 0;
                        }
                        String characters;
                        int glyph = -1;
                        if (transformGlyphs != null) {
                            characters = i == 0 ? text : "";
                            glyph = transformGlyphs[i];
                        } else {
                            int c = text.codePointAt(offset);
                            characters = Character.toString(c);
                            offset += Character.charCount(c);
                        }
                        Point2D at = transform.transform(new Point2D.Double(x, y), null);
                        glyphs.add(new Glyph(characters, glyph, at.getX(), at.getY(), font, size, hscale, transform, x, y,
                                id, stroked, lineWidth, fill, stroke));
                    }
                    transformGlyphs = null;
                }
                default -> {
                }
            }
        }
    }

    /**
     * The page's text as lines: glyphs in the order written, a new line where the baseline
     * moves (a turned glyph or one more than a fifth of its size off the last one's baseline).
     */
    static List<String> lines(List<Glyph> glyphs) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Glyph last = null;
        for (Glyph glyph : glyphs) {
            if (last != null && (Math.abs(glyph.y() - last.y()) > last.size() / 5 || glyph.x() < last.x() - last.size() * 3)) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (last != null && glyph.object() != last.object()
                    && glyph.x() - last.x() > last.size() * 2.5 && !line.isEmpty()) {
                // a wide gap inside one line (two cells, the office and the date) is a space
                line.append(' ');
            }
            line.append(glyph.text());
            last = glyph;
        }
        if (!line.isEmpty() || last != null) {
            lines.add(line.toString());
        }
        return lines;
    }
}
