package press.fonts.opentype;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The table directory of one OpenType font (a face of a collection, too): tag → bytes. */
final class Sfnt {

    private final byte[] data;
    private final Map<String, int[]> tables = new LinkedHashMap<>();

    Sfnt(byte[] data, int faceIndex) {
        this.data = data;
        int directory = 0;
        if (tag(0).equals("ttcf")) {
            int faces = (int) Bytes.u32(data, 8);
            if (faceIndex >= faces) {
                throw new IllegalArgumentException("font collection has " + faces + " faces, not " + (faceIndex + 1));
            }
            directory = (int) Bytes.u32(data, 12 + 4 * faceIndex);
        }
        int count = Bytes.u16(data, directory + 4);
        for (int i = 0; i < count; i++) {
            int record = directory + 12 + 16 * i;
            tables.put(tag(record), new int[] {(int) Bytes.u32(data, record + 8), (int) Bytes.u32(data, record + 12)});
        }
        for (String required : new String[] {"cmap", "head", "hhea", "hmtx", "maxp"}) {
            if (!has(required)) {
                throw new IllegalArgumentException("not an OpenType font: no '" + required + "' table");
            }
        }
    }

    private String tag(int at) {
        return new String(data, at, 4, StandardCharsets.ISO_8859_1);
    }

    boolean has(String tag) {
        return tables.containsKey(tag);
    }

    /** A copy of the table's bytes, or null. */
    byte[] table(String tag) {
        int[] place = tables.get(tag);
        return place == null ? null : Arrays.copyOfRange(data, place[0], place[0] + place[1]);
    }

    /** The font file's bytes and where the table starts in them, to read large tables without copying. */
    byte[] data() {
        return data;
    }

    int offset(String tag) {
        return tables.get(tag)[0];
    }
}
