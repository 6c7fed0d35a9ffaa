package press.fonts.opentype;

import java.util.List;

/**
 * A CFF INDEX: where each item lies in the data, read from the INDEX's offsets when asked (a
 * CJK font's CharStrings INDEX has tens of thousands, of which a subset asks for a few hundred)
 * and remembered, as every document asks for the same common characters again; and the writer
 * of new ones. Threads that read an offset at once write the same value.
 */
final class CffIndex {

    private final FontData data;
    private final int at;
    private final int count;
    private final int offsetSize;
    private final int dataStart;
    private final int[] known;

    private CffIndex(FontData data, int at, int count, int offsetSize) {
        this.data = data;
        this.at = at;
        this.count = count;
        this.offsetSize = offsetSize;
        this.dataStart = at + 3 + (count + 1) * offsetSize - 1;
        this.known = new int[count + 1];
    }

    /** Reads the INDEX at {@code at}. */
    static CffIndex read(FontData data, int at) {
        int count = data.u16(at);
        return new CffIndex(data, at, count, count == 0 ? 0 : data.u8(at + 2));
    }

    int count() {
        return count;
    }

    int start(int item) {
        if (count == 0) {
            return at + 2;
        }
        int start = known[item];
        if (start == 0) {
            // 0 is never a start: the data follow the offsets
            start = dataStart + data.offset(at + 3 + item * offsetSize, offsetSize);
            known[item] = start;
        }
        return start;
    }

    int length(int item) {
        return start(item + 1) - start(item);
    }

    /** The first byte after the INDEX. */
    int end() {
        return start(count);
    }

    static byte[] write(List<byte[]> items) {
        Bytes.Out out = new Bytes.Out();
        out.u16(items.size());
        if (items.isEmpty()) {
            return out.toByteArray();
        }
        long total = 1;
        for (byte[] item : items) {
            total += item.length;
        }
        int size = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
        out.u8(size);
        int offset = 1;
        out.offset(offset, size);
        for (byte[] item : items) {
            offset += item.length;
            out.offset(offset, size);
        }
        items.forEach(out::bytes);
        return out.toByteArray();
    }
}
