package press.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/**
 * What a page's content stream has set so far — colours, line width, the text state — so that
 * items one after another write only what changes, without saving and restoring the graphics
 * state around each. Unknown where a page starts and after anything drawn by others (a chart, a
 * form).
 */
final class PdfState {

    private static final int UNKNOWN = -1;

    private int fill = UNKNOWN;
    private int stroke = UNKNOWN;
    private float lineWidth = Float.NaN;
    private BaseFont font;
    private float size;
    private float spacing = Float.NaN;
    private float scale = Float.NaN;
    private int mode = UNKNOWN;

    void reset() {
        fill = UNKNOWN;
        stroke = UNKNOWN;
        lineWidth = Float.NaN;
        font = null;
        spacing = Float.NaN;
        scale = Float.NaN;
        mode = UNKNOWN;
    }

    void fill(PdfContentByte canvas, int rgb) {
        if (rgb != fill) {
            fill = rgb;
            canvas.setColorFill(new Color(rgb));
        }
    }

    void stroke(PdfContentByte canvas, int rgb, float width) {
        if (rgb != stroke) {
            stroke = rgb;
            canvas.setColorStroke(new Color(rgb));
        }
        if (width != lineWidth) {
            lineWidth = width;
            canvas.setLineWidth(width);
        }
    }

    /** Inside a text object: the font and size, spacing, horizontal scale and rendering mode. */
    void text(PdfContentByte canvas, BaseFont runFont, float runSize, float runSpacing, float runScale, boolean stroked) {
        if (runFont != font || runSize != size) {
            font = runFont;
            size = runSize;
            canvas.setFontAndSize(font, size);
        }
        if (runSpacing != spacing) {
            spacing = runSpacing;
            canvas.setCharacterSpacing(spacing);
        }
        if (runScale != scale) {
            scale = runScale;
            canvas.setHorizontalScaling(scale * 100);
        }
        int runMode = stroked ? PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE : PdfContentByte.TEXT_RENDER_MODE_FILL;
        if (runMode != mode) {
            mode = runMode;
            canvas.setTextRenderingMode(mode);
        }
    }
}
