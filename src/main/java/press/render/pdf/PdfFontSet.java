package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.render.FontFace;
import press.render.FontLibrary;

/**
 * The bundled fonts as OpenPDF fonts, created once from bytes (Identity-H, embedded as subsets)
 * and shared by every PDF renderer and thread: a {@link BaseFont} keeps no per-document state,
 * the subset of each document is tracked by that document's writer.
 */
public final class PdfFontSet {

    private final Map<String, List<BaseFont>> chains;

    private PdfFontSet(Map<String, List<BaseFont>> chains) {
        this.chains = Map.copyOf(chains);
    }

    public static PdfFontSet of(FontLibrary library) {
        Map<String, BaseFont> byFile = new HashMap<>();
        Map<String, List<BaseFont>> chains = new LinkedHashMap<>();
        for (FontFace face : library.faces()) {
            List<BaseFont> chain = library.chain(face.role()).stream()
                    .map(member -> byFile.computeIfAbsent(member.file() + "," + member.index(),
                            key -> create(library, member)))
                    .toList();
            chains.put(face.role(), chain);
        }
        return new PdfFontSet(chains);
    }

    private static BaseFont create(FontLibrary library, FontFace face) {
        String name = face.file().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")
                ? face.file() + "," + face.index() : face.file();
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, library.bytes(face), null);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + face.file() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + face.file(), e);
        }
    }

    /** The fonts to try for a role, the role's own first. */
    public List<BaseFont> chain(String role) {
        List<BaseFont> chain = chains.get(role);
        if (chain == null) {
            throw new IllegalArgumentException("no font role '" + role + "'; known: " + chains.keySet());
        }
        return chain;
    }
}
