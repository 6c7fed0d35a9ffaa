package press.testing;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a PDF draws, measured from its content streams by PDFBox, in millimetres from the top
 * left corner of the page: every glyph (its em box from its baseline and size, and its inked
 * box from the font's outline), every stroked straight line, every image. Tests measure the
 * produced file with it, not the renderer's own numbers.
 */
public final class PdfGeometry {

    private static final float MM = 72f / 25.4f;

    /**
     * One glyph: the character, its size in points, its em box and its ink box (mm from the
     * page's top left), the font's name, and whether it is stroked as well as filled (bold).
     */
    public record Glyph(int page, String text, float size, float left, float right, float baseline, float inkTop,
                        float inkBottom, float inkLeft, float inkRight, String font, boolean stroked) {

        public float emTop() {
            return baseline - 0.88f * size / MM;
        }

        public float emBottom() {
            return baseline + 0.12f * size / MM;
        }
    }

    /** A stroked horizontal or vertical line: its ends, its centre line and its width, in mm; colour 0xRRGGBB. */
    public record Stroke(int page, float x1, float x2, float y1, float y2, float width, int color) {

        public boolean horizontal() {
            return Math.abs(y1 - y2) < 0.01f;
        }

        public float length() {
            return (float) Math.hypot(x2 - x1, y2 - y1);
        }
    }

    /** An image's box in mm. */
    public record Picture(int page, float left, float top, float right, float bottom) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Stroke> strokes = new ArrayList<>();
    private final List<Picture> pictures = new ArrayList<>();
    private final List<float[]> pageSizes = new ArrayList<>();

    public PdfGeometry(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                PDPage page = document.getPage(p);
                pageSizes.add(new float[] {page.getMediaBox().getWidth() / MM, page.getMediaBox().getHeight() / MM});
                new Engine(page, p + 1).processPage(page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Glyph> glyphs(int page) {
        return glyphs.stream().filter(glyph -> glyph.page() == page).toList();
    }

    public List<Stroke> strokes(int page) {
        return strokes.stream().filter(stroke -> stroke.page() == page).toList();
    }

    public List<Picture> pictures(int page) {
        return pictures.stream().filter(picture -> picture.page() == page).toList();
    }

    public float pageWidth(int page) {
        return pageSizes.get(page - 1)[0];
    }

    public float pageHeight(int page) {
        return pageSizes.get(page - 1)[1];
    }

    public int pageCount() {
        return pageSizes.size();
    }

    /** The glyphs of a page grouped into lines by baseline, top to bottom, each left to right. */
    public List<List<Glyph>> lines(int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs(page));
        sorted.sort((a, b) -> Math.abs(a.baseline() - b.baseline()) < 0.3f ? Float.compare(a.left(), b.left())
                : Float.compare(a.baseline(), b.baseline()));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).baseline() - glyph.baseline()) < 0.3f) {
                last.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        return lines;
    }

    public static String text(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        line.forEach(glyph -> text.append(glyph.text()));
        return text.toString();
    }

    private final class Engine extends PDFGraphicsStreamEngine {

        private final int number;
        private final float height;
        private final List<Point2D> path = new ArrayList<>();

        Engine(PDPage page, int number) {
            super(page);
            this.number = number;
            this.height = page.getMediaBox().getHeight();
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            super.showGlyph(matrix, font, code, displacement);
            String unicode = font.toUnicode(code);
            float size = (float) Math.hypot(matrix.getScaleY(), matrix.getShearY());
            float x = matrix.getTranslateX();
            float y = matrix.getTranslateY();
            float advance = displacement.getX() * matrix.getScaleX();
            float inkTop = Float.NaN;
            float inkBottom = Float.NaN;
            float inkLeft = Float.NaN;
            float inkRight = Float.NaN;
            if (font instanceof PDVectorFont vector) {
                GeneralPath outline = vector.getPath(code);
                Rectangle2D box = outline.getBounds2D();
                if (!box.isEmpty()) {
                    Matrix fontMatrix = font.getFontMatrix();
                    float unit = fontMatrix.getScaleX();
                    Rectangle2D ink = new Rectangle2D.Double(box.getX() * unit, box.getY() * unit, box.getWidth() * unit,
                            box.getHeight() * unit);
                    java.awt.geom.AffineTransform transform = matrix.createAffineTransform();
                    Rectangle2D placed = transform.createTransformedShape(ink).getBounds2D();
                    inkTop = (float) ((height - placed.getMaxY()) / MM);
                    inkBottom = (float) ((height - placed.getMinY()) / MM);
                    inkLeft = (float) (placed.getMinX() / MM);
                    inkRight = (float) (placed.getMaxX() / MM);
                }
            }
            var mode = getGraphicsState().getTextState().getRenderingMode();
            glyphs.add(new Glyph(number, unicode == null ? "?" : unicode, size, x / MM, (x + advance) / MM,
                    (height - y) / MM, inkTop, inkBottom, inkLeft, inkRight, font.getName(), mode.isStroke()));
        }

        private final List<Rectangle2D> rectangles = new ArrayList<>();

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            Rectangle2D box = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
            box.add(p1);
            box.add(p2);
            box.add(p3);
            rectangles.add(box);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            Rectangle2D box = new Rectangle2D.Double(0, 0, 1, 1);
            Rectangle2D placed = ctm.createAffineTransform().createTransformedShape(box).getBounds2D();
            pictures.add(new Picture(number, (float) (placed.getMinX() / MM), (float) ((height - placed.getMaxY()) / MM),
                    (float) (placed.getMaxX() / MM), (float) ((height - placed.getMinY()) / MM)));
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            path.add(transformed(x, y, true));
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(transformed(x, y, false));
        }

        /** Points in page space; a point that starts a subpath is marked by a NaN-free flag in the list order. */
        private Point2D transformed(float x, float y, boolean start) {
            Point2D point = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
            return start ? new StartPoint(point.getX(), point.getY()) : point;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.clear();
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.isEmpty() ? new Point2D.Float() : path.get(path.size() - 1);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
            rectangles.clear();
        }

        @Override
        public void strokePath() {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            float width = getGraphicsState().getLineWidth() * (float) Math.hypot(ctm.getScaleX(), ctm.getShearX());
            int color;
            try {
                float[] rgb = getGraphicsState().getStrokingColor().getColorSpace()
                        .toRGB(getGraphicsState().getStrokingColor().getComponents());
                color = Math.round(rgb[0] * 255) << 16 | Math.round(rgb[1] * 255) << 8 | Math.round(rgb[2] * 255);
            } catch (IOException | RuntimeException e) {
                color = 0;
            }
            for (int i = 1; i < path.size(); i++) {
                Point2D from = path.get(i - 1);
                Point2D to = path.get(i);
                if (to instanceof StartPoint) {
                    continue;
                }
                strokes.add(new Stroke(number, (float) (Math.min(from.getX(), to.getX()) / MM),
                        (float) (Math.max(from.getX(), to.getX()) / MM), (float) ((height - from.getY()) / MM),
                        (float) ((height - to.getY()) / MM), width / MM, color));
            }
            path.clear();
        }

        /** A filled bar thinner than a millimetre is a rule as OpenPDF draws table borders of differing widths. */
        @Override
        public void fillPath(int windingRule) {
            for (Rectangle2D box : rectangles) {
                if (box.getHeight() < MM && box.getWidth() > 5 * MM) {
                    float y = (float) ((height - box.getCenterY()) / MM);
                    strokes.add(new Stroke(number, (float) (box.getMinX() / MM), (float) (box.getMaxX() / MM), y, y,
                            (float) (box.getHeight() / MM), 0));
                }
            }
            rectangles.clear();
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }

    /** The first point of a subpath, so a stroke is not drawn from the end of the one before. */
    private static final class StartPoint extends Point2D.Double {
        StartPoint(double x, double y) {
            super(x, y);
        }
    }
}
