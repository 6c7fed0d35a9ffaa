package press.fonts.opentype;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A font file given a name of its own. A program that loads fonts from documents knows them by
 * name: LibreOffice writes each embedded font to a file named after it and, when a file of that
 * name is already there (from an earlier document in the same run or profile), uses that file —
 * another document's subset, without this one's characters, so they fall back to a substitute
 * face. A subset named after its own bytes cannot be mistaken for another.
 */
public final class FontRenaming {

    private FontRenaming() {
    }

    /**
     * The family name of a subset: its source's family and six capital letters drawn from the
     * subset's bytes (as a PDF tags a subset), so equal subsets share a name and others never do.
     */
    public static String subsetFamily(String family, byte[] subset) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subset);
            StringBuilder tag = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + (digest[i] & 0xff) % 26));
            }
            return family.replaceAll("[^A-Za-z0-9 ]", "") + " " + tag;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The file with a new name table naming {@code family} (a regular face; the PostScript name is
     * the family without spaces, its last word after a hyphen), every other table as it was but a signature, which the change
     * would break. Word loads an embedded font by the names inside it, LibreOffice by the font
     * table's: both then agree.
     */
    public static byte[] renamed(byte[] file, String family) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(family)) {
            throw new IllegalArgumentException("a subset's family name is ASCII: " + family);
        }
        Sfnt font = new Sfnt(FontData.of(file), 0);
        Map<String, byte[]> tables = new TreeMap<>();
        for (String tag : font.tags()) {
            if (!tag.equals("DSIG")) {
                tables.put(tag, font.table(tag));
            }
        }
        byte[] head = tables.get("head");
        for (int i = 8; i < 12; i++) {
            head[i] = 0;
        }
        int last = family.lastIndexOf(' ');
        String postScript = last < 0 ? family
                : family.substring(0, last).replace(" ", "") + "-" + family.substring(last + 1);
        tables.put("name", NameTable.write(family, postScript));
        return SfntWriter.write(font.has("CFF "), tables);
    }
}
