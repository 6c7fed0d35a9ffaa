package press.render.docx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.STHint;
import press.fonts.FontFace;
import press.fonts.FontLibrary;
import press.fonts.FontSource;
import press.fonts.opentype.FontRenaming;

/**
 * The font names a DOCX gives its runs. Without embedding, each role's official font name
 * (仿宋_GB2312, 黑体…), which government PCs have; with embedding, the name of this document's
 * subset of the bundled file — its family and a tag drawn from the subset's bytes, written into
 * the subset too — so that no program that keeps fonts from earlier documents by name (as
 * LibreOffice does for a run or a profile) takes another document's subset for this one's.
 */
final class DocxFonts {

    private final FontLibrary library;
    private final boolean embedded;
    /** With embedding, each planned source's subset, renamed, by source in the plan's order. */
    private final Map<FontSource, Embedded> subsets = new LinkedHashMap<>();

    /** A subset as the package holds it: its name and its file. */
    record Embedded(String name, byte[] file) {
    }

    DocxFonts(FontLibrary library, boolean embedded, Map<FontSource, int[]> plan) {
        this.library = library;
        this.embedded = embedded;
        if (embedded) {
            plan.forEach((source, characters) -> {
                byte[] subset = library.subset(source, characters);
                String name = FontRenaming.subsetFamily(library.familyName(source), subset);
                subsets.put(source, new Embedded(name, FontRenaming.renamed(subset, name)));
            });
        }
    }

    FontLibrary library() {
        return library;
    }

    boolean embedded() {
        return embedded;
    }

    /** The subsets to embed, in the plan's order (the same for the same document). */
    Map<FontSource, Embedded> subsets() {
        return Collections.unmodifiableMap(subsets);
    }

    String name(FontFace face) {
        if (!embedded) {
            return face.officialName();
        }
        Embedded subset = subsets.get(face.source());
        // a style may name a face no text of this document uses: it has no subset, and needs none
        return subset != null ? subset.name() : library.familyName(face.source());
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
