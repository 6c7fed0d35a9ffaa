package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import press.fonts.FontRun;
import press.render.layout.ChartText;
import press.render.layout.Span;
import press.render.layout.TextSpan;

/** Sets a chart's laid-out texts in the document's subsets: left, centred or right of a point, level or turned. */
final class PdfChartText {

    enum Anchor { LEFT, CENTER, RIGHT }

    private final PdfFonts fonts;

    PdfChartText(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Draws {@code label} at {@code size}, the size its width was laid out at, with its baseline
     * through ({@code x}, {@code y}), anchored there, turned {@code degrees} counter-clockwise
     * about that point.
     */
    void draw(PdfContentByte canvas, ChartText label, float size, float x, float y, Anchor anchor, float degrees) {
        draw(canvas, label, size, x, y, anchor, degrees, java.awt.Color.BLACK);
    }

    /** The same in {@code color}: white on a dark fill. */
    void draw(PdfContentByte canvas, ChartText label, float size, float x, float y, Anchor anchor, float degrees,
              java.awt.Color color) {
        if (label.isEmpty()) {
            return;
        }
        float width = label.width();
        float shift = switch (anchor) {
            case LEFT -> 0;
            case CENTER -> -width / 2;
            case RIGHT -> -width;
        };
        double turn = Math.toRadians(degrees);
        float cos = (float) Math.cos(turn);
        float sin = (float) Math.sin(turn);
        canvas.beginText();
        canvas.setTextMatrix(cos, sin, -sin, cos, x + shift * cos, y + shift * sin);
        canvas.setColorFill(color);
        for (Span span : label.spans()) {
            if (span instanceof TextSpan textSpan) {
                for (FontRun run : textSpan.runs()) {
                    canvas.setFontAndSize(fonts.font(run.face()), size);
                    fonts.show(canvas, run.face(), run.text());
                }
            }
        }
        canvas.endText();
    }
}
