package press.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import press.fonts.FontFace;
import press.fonts.Shaping;

/**
 * Shaped text (Tibetan) drawn as small forms: each cluster's glyphs at the positions the shaping
 * engine gave them, carrying the characters as ActualText so the text extracts as typed; a glyph
 * that no character maps to is given the character it was shaped from in its font's ToUnicode
 * map ({@link ShapedUnicode}).
 */
final class ShapedForms {

    /** Room above and below the baseline, in ems: Tibetan stacks reach far below it. */
    private static final float ASCENT = 1.0f;
    private static final float DESCENT = 0.9f;

    private final Shaping shaping;

    ShapedForms(Shaping shaping) {
        this.shaping = shaping;
    }

    /** How far below the baseline a cluster's form starts. */
    static float below(float size) {
        return DESCENT * size;
    }

    /** One cluster, shaped, drawn in a form whose origin is {@link #below} under the baseline. */
    PdfTemplate form(PdfContentByte canvas, String piece, FontFace face, BaseFont font, float size, Color color) {
        GlyphVector glyphs = shaping.shape(piece, face, size);
        int count = glyphs.getNumGlyphs();
        float width = (float) glyphs.getGlyphPosition(count).getX();
        float below = below(size);
        PdfTemplate form = canvas.createTemplate(Math.max(width, 0.01f), (ASCENT + DESCENT) * size);
        PdfDictionary actual = new PdfDictionary();
        actual.put(PdfName.ACTUALTEXT, new PdfString(piece, PdfObject.TEXT_UNICODE));
        form.beginMarkedContentSequence(PdfName.SPAN, actual, true);
        form.beginText();
        form.setFontAndSize(font, size);
        form.setColorFill(color);
        for (int g = 0; g < count; g++) {
            Point2D at = glyphs.getGlyphPosition(g);
            form.setTextMatrix((float) at.getX(), below - (float) at.getY());
            form.showText(glyphs, g, g + 1);
            int glyph = glyphs.getGlyphCode(g);
            int character = piece.codePointAt(Math.min(glyphs.getGlyphCharIndex(g), piece.length() - 1));
            if (glyph != shaping.plainGlyph(face, character)) {
                ShapedUnicode.map(form, glyph, character);
            }
        }
        form.endText();
        form.endMarkedContentSequence();
        return form;
    }
}
