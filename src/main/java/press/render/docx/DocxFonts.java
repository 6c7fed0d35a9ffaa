package press.render.docx;

import java.util.Set;
import java.util.TreeSet;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.STHint;
import press.fonts.FontFace;
import press.fonts.FontLibrary;

/**
 * The font names a DOCX gives its runs. Without embedding, each role's official font name
 * (仿宋_GB2312, 黑体…), which government PCs have; with embedding, the family name inside the
 * bundled file, which is the name LibreOffice and Word know an embedded font by.
 */
final class DocxFonts {

    private final FontLibrary library;
    private final boolean embedded;

    DocxFonts(FontLibrary library, boolean embedded) {
        this.library = library;
        this.embedded = embedded;
    }

    boolean embedded() {
        return embedded;
    }

    FontLibrary library() {
        return library;
    }

    String name(FontFace face) {
        return embedded ? library.familyName(face.source()) : face.officialName();
    }

    String name(String role) {
        return name(library.face(role));
    }

    /** ascii, hAnsi, eastAsia and cs all set: without eastAsia Word falls back to its theme font. */
    RFonts rFonts(String name) {
        RFonts fonts = Wml.FACTORY.createRFonts();
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setEastAsia(name);
        fonts.setCs(name);
        fonts.setHint(STHint.EAST_ASIA);
        return fonts;
    }

    /** Every font name the document may use, for the font table. */
    Set<String> allNames() {
        Set<String> names = new TreeSet<>();
        library.faces().forEach(face -> names.add(name(face)));
        return names;
    }
}
