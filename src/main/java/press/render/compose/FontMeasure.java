package press.render.compose;

import press.fonts.FontFace;
import press.fonts.FontLibrary;
import press.fonts.Shaping;

/**
 * Advances as the bundled fonts give them: a character's width in thousandths of an em, cut as a
 * PDF's width array states it, so what composition measures is what a painter draws; a shaped
 * cluster as the shaping engine sets it. One instance serves one document.
 */
public final class FontMeasure implements Measure {

    private final FontLibrary fonts;
    private final Shaping shaping;

    public FontMeasure(FontLibrary fonts, Shaping shaping) {
        this.fonts = fonts;
        this.shaping = shaping;
    }

    @Override
    public float advance(FontFace face, String text, float size) {
        if (shaping.shaped(face)) {
            return shaping.width(text, face, size);
        }
        int thousandths = 0;
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            at += Character.charCount(c);
            thousandths += fonts.advance(face, c);
        }
        return thousandths * 0.001f * size;
    }

    @Override
    public boolean shaped(FontFace face) {
        return shaping.shaped(face);
    }
}
