package press.fonts.opentype;

import java.util.List;

/** A CFF INDEX: where each item lies in the data, and the writer of new ones. */
final class CffIndex {

    private final int[] starts;
    private final int end;

    private CffIndex(int[] starts, int end) {
        this.starts = starts;
        this.end = end;
    }

    /** Reads the INDEX at {@code at}. */
    static CffIndex read(FontData data, int at) {
        int count = data.u16(at);
        if (count == 0) {
            return new CffIndex(new int[] {at + 2}, at + 2);
        }
        int size = data.u8(at + 2);
        int dataStart = at + 3 + (count + 1) * size - 1;
        int[] starts = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            starts[i] = dataStart + data.offset(at + 3 + i * size, size);
        }
        return new CffIndex(starts, starts[count]);
    }

    int count() {
        return starts.length - 1;
    }

    int start(int item) {
        return starts[item];
    }

    int length(int item) {
        return starts[item + 1] - starts[item];
    }

    /** The first byte after the INDEX. */
    int end() {
        return end;
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
