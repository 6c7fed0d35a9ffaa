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
}
