package press.fonts;

import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text of a script that needs OpenType shaping (Tibetan: stacked consonants, vowel signs placed
 * on their stack), shaped one cluster at a time by the JDK's OpenType engine. The JDK fonts are
 * made once per file for the process; the clusters one document shapes are kept for that
 * document, since it measures a cluster when composing and shapes it again when drawing. One
 * instance serves one document on one thread.
 */
public final class Shaping {

    private static final Map<FontSource, java.awt.Font> FONTS = new ConcurrentHashMap<>();
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final FontLibrary library;
    private final Map<Cluster, GlyphVector> shaped = new HashMap<>();

    private record Cluster(FontSource source, String piece, float size) {
    }

    public Shaping(FontLibrary library) {
        this.library = library;
    }

    public boolean shaped(FontFace face) {
        return library.isShaped(face.source());
    }

    /** One cluster's glyphs and their positions at {@code size} points. */
    public GlyphVector shape(String piece, FontFace face, float size) {
        return shaped.computeIfAbsent(new Cluster(face.source(), piece, size), key -> font(face.source()).deriveFont(size)
                .layoutGlyphVector(CONTEXT, piece.toCharArray(), 0, piece.length(), java.awt.Font.LAYOUT_LEFT_TO_RIGHT));
    }

    /** The advance of one cluster as the engine sets it (never zero, so a line always moves on). */
    public float width(String piece, FontFace face, float size) {
        GlyphVector glyphs = shape(piece, face, size);
        return Math.max((float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX(), 0.01f);
    }

    /** The glyph the font's own character map gives {@code character}, unshaped. */
    public int plainGlyph(FontFace face, int character) {
        return font(face.source()).createGlyphVector(CONTEXT, Character.toString(character)).getGlyphCode(0);
    }

    private java.awt.Font font(FontSource source) {
        return FONTS.computeIfAbsent(source, this::load);
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
