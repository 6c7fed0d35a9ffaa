package press.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import press.fonts.FontFace;
import press.fonts.FontLibrary;
import press.fonts.FontSource;
import press.render.compose.Clusters;

/**
 * Text of a script that needs OpenType shaping (Tibetan: stacked consonants, vowel signs placed
 * on their stack), which OpenPDF's text flow cannot set. The JDK's OpenType engine shapes each
 * syllable group; its glyphs go into a small form at the positions the engine gives, carrying
 * the characters as ActualText so the text extracts as typed; each form is one unbreakable
 * piece of the line, and lines break between syllables ({@link Clusters}). The JDK
 * fonts are made once per file for the process; the PDF embeds the glyphs the document used.
 */
final class ShapedRuns {

    private static final Map<FontSource, java.awt.Font> FONTS = new ConcurrentHashMap<>();
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    /** Room above and below the baseline, in ems: Tibetan stacks reach far below it. */
    private static final float ASCENT = 1.0f;
    private static final float DESCENT = 0.9f;

    private final FontLibrary library;
    private final Supplier<PdfContentByte> canvas;
    /** This document's pieces as shaped: composition measures a piece, then the line draws it. */
    private final Map<Shaping, GlyphVector> shaped = new java.util.HashMap<>();

    private record Shaping(FontSource source, String piece, float size) {
    }

    ShapedRuns(FontLibrary library, Supplier<PdfContentByte> canvas) {
        this.library = library;
        this.canvas = canvas;
    }

    boolean shaped(FontFace face) {
        return library.isShaped(face.source());
    }

    /** The text as pieces of a line, each a syllable group shaped and drawn in {@code font}. */
    List<Chunk> chunks(String text, FontFace face, BaseFont font, float size, Color color) {
        List<Chunk> chunks = new ArrayList<>();
        for (String piece : Clusters.pieces(text)) {
            chunks.add(chunk(piece, face, font, size, color));
        }
        return chunks;
    }

    /** The advance of one piece as the shaping engine sets it. */
    float width(String piece, FontFace face, float size) {
        GlyphVector glyphs = shape(piece, face, size);
        return Math.max((float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX(), 0.01f);
    }

    /** One piece, shaped, as an unbreakable piece of a line. */
    Chunk chunk(String piece, FontFace face, BaseFont font, float size, Color color) {
        try {
            return new Chunk(Image.getInstance(form(piece, face, font, size, color)), 0, -below(size), false);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot set shaped text: " + e.getMessage(), e);
        }
    }

    /** How far below the baseline a piece's form starts. */
    static float below(float size) {
        return DESCENT * size;
    }

    /** One piece, shaped, drawn in a form whose origin is {@link #below} under the baseline. */
    PdfTemplate form(String piece, FontFace face, BaseFont font, float size, Color color) {
        GlyphVector glyphs = shape(piece, face, size);
        int count = glyphs.getNumGlyphs();
        float width = (float) glyphs.getGlyphPosition(count).getX();
        float below = below(size);
        PdfTemplate form = canvas.get().createTemplate(Math.max(width, 0.01f), (ASCENT + DESCENT) * size);
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
            if (glyph != cmapGlyph(face, character)) {
                ShapedUnicode.map(form, glyph, character);
            }
        }
        form.endText();
        form.endMarkedContentSequence();
        return form;
    }

    /** The glyph the font's own character map gives {@code character}, unshaped. */
    private int cmapGlyph(FontFace face, int character) {
        return FONTS.computeIfAbsent(face.source(), this::load).createGlyphVector(CONTEXT, Character.toString(character))
                .getGlyphCode(0);
    }

    private GlyphVector shape(String piece, FontFace face, float size) {
        return shaped.computeIfAbsent(new Shaping(face.source(), piece, size), key -> FONTS.computeIfAbsent(
                face.source(), this::load).deriveFont(size).layoutGlyphVector(CONTEXT, piece.toCharArray(), 0,
                piece.length(), java.awt.Font.LAYOUT_LEFT_TO_RIGHT));
    }

    private java.awt.Font load(FontSource source) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(
                    library.subset(source, new int[0])));
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot shape with " + source.file() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.file(), e);
        }
    }
}
