package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import press.render.style.ChartStyle;

/**
 * Draws a chart's marks on the style sheet's print palette ({@link ChartStyle}: by default greys
 * that differ in black-and-white print, hatched from the third on, so series and slices stay
 * apart on any printer); lines differ by dash and marker. Everything is drawn as vectors.
 */
final class PdfChartFills {

    private static final float[][] DASHES = {{}, {4f, 2f}, {1f, 1.5f}, {5f, 1.5f, 1f, 1.5f}, {2.5f, 2.5f}, {8f, 2f}};
    private static final float HATCH_GAP = 2.8f;

    private PdfChartFills() {
    }

    /** Fills the rectangle in series {@code index}'s fill and outlines it. */
    static void rectangle(PdfContentByte canvas, ChartStyle palette, int index, float x, float y, float width,
                          float height) {
        Runnable path = () -> canvas.rectangle(x, y, width, height);
        fill(canvas, palette, index, path, x, y, width, height);
        outline(canvas, path);
    }


    /** Strokes the path {@code path} builds with a thin black rule. */
    static void outline(PdfContentByte canvas, Runnable path) {
        canvas.saveState();
        canvas.setLineWidth(0.4f);
        canvas.setColorStroke(Color.BLACK);
        path.run();
        canvas.stroke();
        canvas.restoreState();
    }

    /**
     * Fills the path {@code path} builds in fill {@code index}: its grey, then its hatching
     * clipped to the path, over the box that holds it.
     */
    static void fill(PdfContentByte canvas, ChartStyle palette, int index, Runnable path, float x, float y, float width,
                     float height) {
        canvas.saveState();
        canvas.setColorFill(new Color(palette.fill(index)));
        path.run();
        canvas.fill();
        ChartStyle.Hatch hatch = palette.hatch(index);
        if (hatch.drawn()) {
            path.run();
            canvas.clip();
            canvas.newPath();
            hatch(canvas, hatch.degrees(), x, y, width, height);
        }
        canvas.restoreState();
    }

    /** Lines across the box at {@code degrees}. */
    private static void hatch(PdfContentByte canvas, float degrees, float x, float y, float width, float height) {
        canvas.setLineWidth(0.35f);
        canvas.setColorStroke(Color.BLACK);
        double angle = Math.toRadians(degrees);
        float dx = (float) Math.cos(angle);
        float dy = (float) Math.sin(angle);
        float reach = width + height;
        float cx = x + width / 2;
        float cy = y + height / 2;
        for (float offset = -reach; offset <= reach; offset += HATCH_GAP) {
            float ox = cx - dy * offset;
            float oy = cy + dx * offset;
            canvas.moveTo(ox - dx * reach, oy - dy * reach);
            canvas.lineTo(ox + dx * reach, oy + dy * reach);
        }
        canvas.stroke();
    }

    /** The stroke of line series {@code index}: black or dark grey, its own dash. */
    static void line(PdfContentByte canvas, int index) {
        canvas.setLineWidth(1.2f);
        float grey = index % 2 == 0 ? 0f : 0.35f;
        canvas.setColorStroke(new Color(grey, grey, grey));
        float[] dash = DASHES[index % DASHES.length];
        if (dash.length > 0) {
            canvas.setLineDash(dash, 0);
        }
    }

    /** Marks a point of line series {@code index}: a circle, square, triangle, diamond, cross or star, {@code size} wide. */
    static void marker(PdfContentByte canvas, int index, float x, float y, float size) {
        float r = size / 2;
        canvas.saveState();
        canvas.setLineDash(0);
        canvas.setLineWidth(0.8f);
        canvas.setColorFill(Color.WHITE);
        canvas.setColorStroke(Color.BLACK);
        switch (index % 6) {
            case 0 -> canvas.circle(x, y, r);
            case 1 -> canvas.rectangle(x - r, y - r, size, size);
            case 2 -> triangle(canvas, x, y, r);
            case 3 -> diamond(canvas, x, y, r);
            default -> canvas.rectangle(x - r * 0.6f, y - r * 0.6f, size * 0.6f, size * 0.6f);
        }
        if (index % 6 >= 4) {
            canvas.setColorFill(Color.BLACK);
        }
        canvas.fillStroke();
        canvas.restoreState();
    }

    private static void triangle(PdfContentByte canvas, float x, float y, float r) {
        canvas.moveTo(x, y + r);
        canvas.lineTo(x + r, y - r);
        canvas.lineTo(x - r, y - r);
        canvas.closePath();
    }

    private static void diamond(PdfContentByte canvas, float x, float y, float r) {
        canvas.moveTo(x, y + r);
        canvas.lineTo(x + r, y);
        canvas.lineTo(x, y - r);
        canvas.lineTo(x - r, y);
        canvas.closePath();
    }
}
