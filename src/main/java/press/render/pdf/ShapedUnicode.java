package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Gives a shaped glyph that no character maps to (a Tibetan stack, a subjoined letter) a place
 * in its font's ToUnicode map, the character it was shaped from: PDF/UA and PDF/A-2a require
 * every glyph shown to map to Unicode. OpenPDF keeps such a map for glyphs its own layout
 * shapes, but offers no public way to add to it, so this reaches the font in use on the canvas
 * and its map by reflection (OpenPDF is on the class path, in the unnamed module, so they are
 * accessible). The ActualText around each shaped piece still gives the text as typed.
 */
final class ShapedUnicode {

    private static final Field STATE;
    private static final Field FONT_DETAILS;
    private static final Method PUT_FILLER;

    static {
        try {
            STATE = PdfContentByte.class.getDeclaredField("state");
            STATE.setAccessible(true);
            Class<?> graphicState = Class.forName("com.lowagie.text.pdf.PdfContentByte$GraphicState");
            FONT_DETAILS = graphicState.getDeclaredField("fontDetails");
            FONT_DETAILS.setAccessible(true);
            Class<?> fontDetails = Class.forName("com.lowagie.text.pdf.FontDetails");
            PUT_FILLER = fontDetails.getDeclaredMethod("putFillerCmap", Integer.class, int[].class);
            PUT_FILLER.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("this OpenPDF keeps its fonts' Unicode maps elsewhere: " + e);
        }
    }

    private ShapedUnicode() {
    }

    /** Maps {@code glyph} of the canvas's current font to {@code codePoint}. */
    static void map(PdfContentByte canvas, int glyph, int codePoint) {
        try {
            Object details = FONT_DETAILS.get(STATE.get(canvas));
            PUT_FILLER.invoke(details, glyph, new int[] {glyph, codePoint});
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot map a shaped glyph to Unicode: " + e, e);
        }
    }
}
