package press.render.docx;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.STHint;
import press.render.FontFace;
import press.render.FontLibrary;
import press.render.FontRun;
import press.render.FontSource;

/**
 * The font names a DOCX gives its runs. Without embedding, each role's official font name
 * (仿宋_GB2312, 黑体…), which government PCs have; with embedding, the family name inside the
 * bundled file, which is the name LibreOffice and Word know an embedded font by.
 */
final class DocxFonts {

    private final FontLibrary library;
    private final boolean embedded;
    private final Map<FontSource, java.util.TreeSet<Integer>> used = new java.util.LinkedHashMap<>();

    DocxFonts(FontLibrary library, boolean embedded) {
        this.library = library;
        this.embedded = embedded;
    }

    boolean embedded() {
        return embedded;
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

    /** The text in runs of one face, noting which characters each font file draws when fonts are embedded. */
    List<FontRun> runs(String text, String role, String where) {
        List<FontRun> runs = library.runs(text, role, where);
        if (embedded) {
            for (FontRun run : runs) {
                var characters = used.computeIfAbsent(run.face().source(), source -> new java.util.TreeSet<>());
                run.text().codePoints().filter(c -> !Character.isISOControl(c)).forEach(characters::add);
            }
        }
        return runs;
    }

    /** The characters each font file drew in this document so far. */
    Map<FontSource, int[]> used() {
        Map<FontSource, int[]> result = new java.util.LinkedHashMap<>();
        used.forEach((source, characters) -> result.put(source, characters.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    /** Every font name the document may use, for the font table. */
    Set<String> allNames() {
        Set<String> names = new java.util.TreeSet<>();
        library.faces().forEach(face -> names.add(name(face)));
        return names;
    }
}
