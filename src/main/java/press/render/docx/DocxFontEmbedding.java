package press.render.docx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.ObfuscatedFontPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.FontRel;
import org.docx4j.wml.Fonts;

/**
 * The font table, and with embedding the document's font subsets obfuscated as ECMA-376
 * §17.8.1 asks: the first 32 bytes XORed with the reversed bytes of a GUID that the font table
 * records as the font key. The key is derived from the subset, so equal documents are equal;
 * the subsets come in the plan's order, which is the same in every process.
 */
final class DocxFontEmbedding {

    private DocxFontEmbedding() {
    }

    static void addFontTable(MainDocumentPart main, DocxFonts names) throws InvalidFormatException {
        FontTablePart part = new FontTablePart();
        Fonts table = Wml.FACTORY.createFonts();
        part.setJaxbElement(table);
        main.addTargetPart(part);
        Set<String> embedded = new HashSet<>();
        int number = 1;
        for (DocxFonts.Embedded subset : names.subsets().values()) {
            String key = "{" + UUID.nameUUIDFromBytes(subset.file()).toString().toUpperCase(Locale.ROOT) + "}";
            ObfuscatedFontPart font = new ObfuscatedFontPart(new PartName("/word/fonts/font" + number++ + ".odttf"));
            font.setRelationshipType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/font");
            font.setBinaryData(obfuscate(subset.file(), key));
            Relationship relationship = part.addTargetPart(font);
            Fonts.Font entry = font(subset.name());
            FontRel rel = Wml.FACTORY.createFontRel();
            rel.setId(relationship.getId());
            rel.setFontKey(key);
            // a subset: Word then does not offer the font for characters it lacks
            rel.setSubsetted(true);
            entry.setEmbedRegular(rel);
            table.getFont().add(entry);
            embedded.add(subset.name());
        }
        for (String name : names.allNames()) {
            if (!embedded.contains(name)) {
                table.getFont().add(font(name));
            }
        }
    }

    private static Fonts.Font font(String name) {
        Fonts.Font font = Wml.FACTORY.createFontsFont();
        font.setName(name);
        return font;
    }

    /** XORs bytes 0–31 with the key's 16 bytes in reverse order; applying it twice gives the font back. */
    static byte[] obfuscate(byte[] font, String guid) {
        String hex = guid.replaceAll("[{}-]", "");
        byte[] key = new byte[16];
        for (int i = 0; i < 16; i++) {
            key[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        byte[] out = font.clone();
        for (int i = 0; i < 32 && i < out.length; i++) {
            out[i] ^= key[15 - (i % 16)];
        }
        return out;
    }
}
