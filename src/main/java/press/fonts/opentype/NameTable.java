package press.fonts.opentype;

import java.nio.charset.StandardCharsets;

/** The two names read from a font's name table: the family Word matches on and the PostScript name a PDF states. */
final class NameTable {

    private NameTable() {
    }

    /** Name ID 1 in English from the Windows records, else the first Windows one; empty without a name table. */
    static String familyName(byte[] names) {
        if (names == null) {
            return "";
        }
        int count = Bytes.u16(names, 2);
        int strings = Bytes.u16(names, 4);
        String fallback = "";
        for (int i = 0; i < count; i++) {
            int record = 6 + 12 * i;
            int platform = Bytes.u16(names, record);
            int language = Bytes.u16(names, record + 4);
            if (platform == 3 && Bytes.u16(names, record + 6) == 1) {
                int length = Bytes.u16(names, record + 8);
                int offset = strings + Bytes.u16(names, record + 10);
                String name = new String(names, offset, length, StandardCharsets.UTF_16BE);
                if (language == 0x409) {
                    return name;
                }
                fallback = fallback.isEmpty() ? name : fallback;
            }
        }
        return fallback;
    }

    /** Name ID 6 from the Windows (UTF-16) or Macintosh (Roman) records; spaces are not allowed in it. */
    static String postScriptName(byte[] names) {
        if (names != null) {
            int count = Bytes.u16(names, 2);
            int strings = Bytes.u16(names, 4);
            for (int i = 0; i < count; i++) {
                int record = 6 + 12 * i;
                int platform = Bytes.u16(names, record);
                if (Bytes.u16(names, record + 6) == 6 && (platform == 3 || platform == 1)) {
                    int length = Bytes.u16(names, record + 8);
                    int offset = strings + Bytes.u16(names, record + 10);
                    String name = new String(names, offset, length, platform == 3 ? StandardCharsets.UTF_16BE
                            : StandardCharsets.ISO_8859_1);
                    return name.replaceAll("[^!-~]|[()<>\\[\\]{}/%#]", "");
                }
            }
        }
        return "Font";
    }

    /**
     * A name table (format 0) naming a regular face of {@code family}: family, subfamily, unique
     * name, full name and PostScript name, in English for Windows (UTF-16) and Macintosh (Roman),
     * records sorted as the format asks. Names are ASCII.
     */
    static byte[] write(String family, String postScript) {
        String[] names = {family, "Regular", postScript, family, postScript};
        int[] ids = {1, 2, 3, 4, 6};
        Bytes.Out strings = new Bytes.Out();
        Bytes.Out records = new Bytes.Out();
        int offset = 0;
        int[][] platforms = {{1, 0, 0}, {3, 1, 0x409}};
        for (int[] platform : platforms) {
            for (int i = 0; i < ids.length; i++) {
                byte[] text = names[i].getBytes(platform[0] == 3 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
                records.u16(platform[0]).u16(platform[1]).u16(platform[2]).u16(ids[i]).u16(text.length).u16(offset);
                strings.bytes(text);
                offset += text.length;
            }
        }
        int count = platforms.length * ids.length;
        Bytes.Out table = new Bytes.Out();
        table.u16(0).u16(count).u16(6 + 12 * count);
        table.bytes(records.toByteArray()).bytes(strings.toByteArray());
        return table.toByteArray();
    }
}
