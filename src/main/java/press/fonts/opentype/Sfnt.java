package press.fonts.opentype;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The table directory of one OpenType font (a face of a collection, too): tag → bytes, read when asked for. */
final class Sfnt {

    private final FontData data;
    private final Map<String, int[]> tables = new LinkedHashMap<>();

    Sfnt(FontData data, int faceIndex) {
        this.data = data;
        int directory = 0;
        if (tag(0).equals("ttcf")) {
            int faces = (int) data.u32(8);
            if (faceIndex >= faces) {
                throw new IllegalArgumentException("font collection has " + faces + " faces, not " + (faceIndex + 1));
            }
            directory = (int) data.u32(12 + 4 * faceIndex);
        }
        int count = data.u16(directory + 4);
        for (int i = 0; i < count; i++) {
            int record = directory + 12 + 16 * i;
            tables.put(tag(record), new int[] {(int) data.u32(record + 8), (int) data.u32(record + 12)});
        }
        for (String required : new String[] {"cmap", "head", "hhea", "hmtx", "maxp"}) {
            if (!has(required)) {
                throw new IllegalArgumentException("not an OpenType font: no '" + required + "' table");
            }
        }
    }

    private String tag(int at) {
        return new String(data.copy(at, at + 4), StandardCharsets.ISO_8859_1);
    }

    /** The tags of the font's tables, in the directory's order. */
    java.util.Set<String> tags() {
        return java.util.Collections.unmodifiableSet(tables.keySet());
    }

    boolean has(String tag) {
        return tables.containsKey(tag);
    }

    /** A copy of the table's bytes, or null. */
    byte[] table(String tag) {
        int[] place = tables.get(tag);
        return place == null ? null : data.copy(place[0], place[0] + place[1]);
    }

    /** The table's bytes where they lie, for the large tables a subset takes a little of. */
    FontData slice(String tag) {
        int[] place = tables.get(tag);
        return data.slice(place[0], place[1]);
    }
}
