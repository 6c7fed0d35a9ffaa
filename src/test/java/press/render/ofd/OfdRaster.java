package press.render.ofd;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.w3c.dom.Element;

/**
 * A small OFD reader for tests on the JDK's 2D graphics, written from GB/T 33190's text: it
 * draws a page's layers in order — TextObjects in the embedded fonts (loaded with
 * {@code Font.createFont}) at their glyphs' positions, PathObjects from their abbreviated data,
 * ImageObjects through ImageIO — each clipped to its Boundary and its clip areas. It shares
 * nothing with our writer but the file, so a painter's mistake shows against the PDF.
 */
final class OfdRaster {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    /** OFD's default line width, 0.353 mm (one point). */
    private static final double LINE_WIDTH = 0.353;

    private final OfdFile file;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<Long, OfdFile.MediaRef> media;

    OfdRaster(OfdFile file) {
        this.file = file;
        this.media = file.media();
        file.fonts().forEach((id, font) -> {
            try {
                fonts.put(id, Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font.bytes())));
            } catch (Exception e) {
                throw new AssertionError("the JDK cannot load font " + font.file() + ": " + e.getMessage(), e);
            }
        });
    }

    /** The page drawn at {@code dpi} (in RGB: the JDK draws into a grey image through a linear grey that shades mid-tones otherwise). */
    BufferedImage render(OfdFile.PageRef page, double dpi) {
        double scale = dpi / 25.4;
        BufferedImage image = new BufferedImage((int) Math.ceil(page.width() * scale), (int) Math.ceil(page.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform base = AffineTransform.getScaleInstance(scale, scale);
        Element content = OfdFile.first(file.xml(page.content()).getDocumentElement(), "Content");
        for (Element layer : OfdFile.children(content, "Layer")) {
            for (Element object : OfdFile.elements(layer)) {
                AffineTransform toPage = new AffineTransform(base);
                toPage.concatenate(OfdGlyphs.objectToPage(object));
                g.setTransform(new AffineTransform());
                double[] boundary = OfdFile.box(object.getAttribute("Boundary"));
                Shape clip = base.createTransformedShape(new Rectangle2D.Double(boundary[0], boundary[1], boundary[2],
                        boundary[3]));
                g.setClip(clip);
                switch (object.getLocalName()) {
                    case "TextObject" -> text(g, object, base);
                    case "PathObject" -> path(g, object, toPage, clip, base, boundary);
                    case "ImageObject" -> image(g, object, toPage);
                    default -> throw new AssertionError("an object this reader does not know: " + object.getLocalName());
                }
            }
        }
        g.dispose();
        return image;
    }

    private void text(Graphics2D g, Element object, AffineTransform base) {
        List<OfdGlyphs.Glyph> glyphs = OfdGlyphs.ofObject(object);
        for (OfdGlyphs.Glyph glyph : glyphs) {
            if (glyph.text().isEmpty() && glyph.glyph() < 0) {
                continue;
            }
            Font font = fonts.get(glyph.font()).deriveFont((float) glyph.size());
            GlyphVector vector = glyph.glyph() >= 0 ? font.createGlyphVector(CONTEXT, new int[] {glyph.glyph()})
                    : font.createGlyphVector(CONTEXT, glyph.text());
            AffineTransform at = new AffineTransform(base);
            at.concatenate(glyph.objectToPage());
            at.translate(glyph.localX(), glyph.localY());
            at.scale(glyph.hscale(), 1);
            Shape outline = at.createTransformedShape(vector.getOutline());
            g.setColor(new Color(glyph.fill()));
            g.fill(outline);
            if (glyph.stroked()) {
                g.setColor(new Color(glyph.stroke()));
                g.setStroke(new BasicStroke((float) (glyph.lineWidth() * base.getScaleX())));
                g.draw(outline);
            }
        }
    }

    private static void path(Graphics2D g, Element object, AffineTransform toPage, Shape boundary, AffineTransform base,
                             double[] box) {
        Path2D path = abbreviated(OfdFile.text(OfdFile.first(object, "AbbreviatedData")));
        Element clips = OfdFile.first(object, "Clips");
        if (clips != null) {
            Area clip = new Area(boundary);
            for (Element one : OfdFile.children(clips, "Clip")) {
                for (Element area : OfdFile.children(one, "Area")) {
                    Element clipPath = OfdFile.first(area, "Path");
                    double[] clipBox = OfdFile.box(clipPath.getAttribute("Boundary"));
                    AffineTransform at = new AffineTransform(toPage);
                    at.translate(clipBox[0], clipBox[1]);
                    clip.intersect(new Area(at.createTransformedShape(abbreviated(OfdFile.text(OfdFile.first(clipPath,
                            "AbbreviatedData"))))));
                }
            }
            g.setClip(clip);
        }
        Shape shape = toPage.createTransformedShape(path);
        if (Boolean.parseBoolean(object.getAttribute("Fill"))) {
            g.setColor(new Color(OfdGlyphs.colour(object, "FillColor", 0)));
            g.fill(shape);
        }
        if (!"false".equals(object.getAttribute("Stroke"))) {
            double width = object.hasAttribute("LineWidth") ? Double.parseDouble(object.getAttribute("LineWidth")) : LINE_WIDTH;
            float[] dash = null;
            if (object.hasAttribute("DashPattern")) {
                double[] pattern = OfdFile.numbers(object.getAttribute("DashPattern"));
                dash = new float[pattern.length];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = (float) (pattern[i] * base.getScaleX());
                }
            }
            g.setColor(new Color(OfdGlyphs.colour(object, "StrokeColor", 0)));
            g.setStroke(new BasicStroke((float) (width * base.getScaleX()), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    4.234f, dash, 0));
            g.draw(shape);
        }
    }

    private void image(Graphics2D g, Element object, AffineTransform toPage) {
        OfdFile.MediaRef picture = media.get(Long.parseLong(object.getAttribute("ResourceID")));
        try {
            BufferedImage image = shrunk(ImageIO.read(new ByteArrayInputStream(picture.bytes())), toPage);
            AffineTransform at = new AffineTransform(toPage);
            at.scale(1.0 / image.getWidth(), 1.0 / image.getHeight());
            g.drawImage(image, at, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The picture averaged down to about the pixels it covers: Java 2D's bilinear filter samples
     * a large picture at a few points per pixel and shades its edges unlike any reader that
     * averages (a seal of 600 pixels drawn over 160 came out 7 grey levels from poppler's).
     */
    private static BufferedImage shrunk(BufferedImage image, AffineTransform toPage) {
        int width = (int) Math.ceil(Math.hypot(toPage.getScaleX(), toPage.getShearY()));
        int height = (int) Math.ceil(Math.hypot(toPage.getShearX(), toPage.getScaleY()));
        if (width <= 0 || height <= 0 || (image.getWidth() <= width * 2 && image.getHeight() <= height * 2)) {
            return image;
        }
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(image.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return small;
    }

    /** A path from its abbreviated data (GB/T 33190 §9.3.2): S/M, L, Q, B, A (as a line to its end), C. */
    static Path2D abbreviated(String data) {
        Path2D path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        String[] tokens = data.strip().split("\\s+");
        for (int i = 0; i < tokens.length; ) {
            String command = tokens[i++];
            switch (command) {
                case "S", "M" -> path.moveTo(number(tokens, i), number(tokens, i + 1));
                case "L" -> path.lineTo(number(tokens, i), number(tokens, i + 1));
                case "Q" -> path.quadTo(number(tokens, i), number(tokens, i + 1), number(tokens, i + 2), number(tokens, i + 3));
                case "B" -> path.curveTo(number(tokens, i), number(tokens, i + 1), number(tokens, i + 2), number(tokens, i + 3),
                        number(tokens, i + 4), number(tokens, i + 5));
                case "A" -> path.lineTo(number(tokens, i + 5), number(tokens, i + 6));
                case "C" -> path.closePath();
                default -> throw new AssertionError("an abbreviated path command this reader does not know: " + command);
            }
            i += switch (command) {
                case "S", "M", "L" -> 2;
                case "Q" -> 4;
                case "B" -> 6;
                case "A" -> 7;
                default -> 0;
            };
        }
        return path;
    }

    private static double number(String[] tokens, int at) {
        return Double.parseDouble(tokens[at]);
    }
}
