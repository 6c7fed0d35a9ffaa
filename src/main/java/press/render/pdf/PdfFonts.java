package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import press.fonts.FontFace;
import press.fonts.FontLibrary;
import press.fonts.FontSource;
import press.fonts.opentype.FontProgram;

/**
 * One document's fonts: for every font file it uses, an OpenPDF font made from a compact subset
 * holding just the document's characters. OpenPDF subsets again when it writes, keeping a slot
 * per glyph of what it was given, so giving it a few hundred glyphs instead of ten thousand is
 * what keeps the file small.
 */
final class PdfFonts {

    private final FontLibrary library;
    private final Map<FontSource, BaseFont> fonts = new HashMap<>();
    /** The programs of the subsets we embed ourselves (all but a shaped script's), by OpenPDF's font. */
    private final Map<BaseFont, FontProgram> programs = new IdentityHashMap<>();
    /** A table has many empty cells; the face of their space is looked up once per font role. */
    private final Map<String, FontFace> spaceFaces = new HashMap<>();

    PdfFonts(FontLibrary library, Map<FontSource, int[]> plan) {
        this.library = library;
        plan.forEach((source, characters) -> {
            byte[] subset = library.subset(source, characters);
            BaseFont font = create(source, library.extension(source), subset);
            fonts.put(source, font);
            if (!library.isShaped(source)) {
                programs.put(font, FontProgram.read(subset));
            }
        });
    }

    /** The program to embed for one of this document's fonts, or null when OpenPDF embeds it. */
    FontProgram program(BaseFont font) {
        return programs.get(font);
    }

    private static BaseFont create(FontSource source, String extension, byte[] subset) {
        String name = source.file().replaceFirst("\\.[^.]*$", "") + "." + extension;
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, subset, null);
            // a CIDSet is optional, and PDF/A-2 wants one only if it lists every glyph: leave it out
            font.setIncludeCidSet(false);
            font.setSecureRandom(PdfIdentity.subsetTag(subset));
            // a shaped script's font is still embedded by OpenPDF: at the fastest level, as ours were
            // before we wrote them ourselves (README)
            font.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            return font;
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load the subset of " + source.file() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the subset of " + source.file(), e);
        }
    }

    BaseFont font(FontFace face) {
        BaseFont font = fonts.get(face.source());
        if (font == null) {
            throw new IllegalStateException("font " + face.file() + " was not planned for this document");
        }
        return font;
    }

    /** The face of a font role of the manifest. */
    FontFace face(String role) {
        return library.face(role);
    }

    /** The face that draws a space in a font role: how an empty cell is set. */
    FontFace spaceFace(String role) {
        return spaceFaces.computeIfAbsent(role, name -> library.runs(" ", name, "an empty cell").get(0).face());
    }
}
