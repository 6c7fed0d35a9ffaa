package press.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Excel 97–2003 workbooks written record by record, for the tests that need what POI's user model
 * would not write or would write too slowly: a sheet of thousands of MULBLANK and MULRK records,
 * a table of a million tiny shared strings. One sheet, its records in a BIFF8 Workbook stream in
 * an OLE2 compound file, as Excel lays them out.
 */
public final class RawXls {

    /** Writes the records of the sheet between its BOF and EOF. */
    public interface SheetRecords {
        void write(Records out);
    }

    /** BIFF8 records, little-endian, each a two-byte type and length before its data. */
    public static final class Records {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        public Records record(int sid, ByteBuffer data) {
            byte[] body = new byte[data.position()];
            data.flip().get(body);
            if (body.length > 8224) {
                throw new IllegalArgumentException("a record of " + body.length + " bytes");
            }
            ByteBuffer header = buffer(4).putShort((short) sid).putShort((short) body.length);
            bytes.write(header.array(), 0, 4);
            bytes.write(body, 0, body.length);
            return this;
        }

        public Records row(int row) {
            return record(0x0208, buffer(16).putShort((short) row).putShort((short) 0).putShort((short) 1)
                    .putShort((short) 0xFF).putShort((short) 0).putShort((short) 0).putInt(0x100));
        }

        public Records number(int row, int column, double value) {
            return record(0x0203, cell(14, row, column).putDouble(value));
        }

        /** A shared string's index shown in a cell (LABELSST). */
        public Records label(int row, int column, int index) {
            return record(0x00FD, cell(10, row, column).putInt(index));
        }

        /** Empty formatted cells from {@code first} to {@code last} in one MULBLANK record. */
        public Records blanks(int row, int first, int last) {
            ByteBuffer data = buffer(6 + 2 * (last - first + 1)).putShort((short) row).putShort((short) first);
            for (int c = first; c <= last; c++) {
                data.putShort((short) 15);
            }
            return record(0x00BE, data.putShort((short) last));
        }

        /** The integer {@code value} in every cell from {@code first} to {@code last}, in one MULRK record. */
        public Records numbers(int row, int first, int last, int value) {
            ByteBuffer data = buffer(6 + 6 * (last - first + 1)).putShort((short) row).putShort((short) first);
            for (int c = first; c <= last; c++) {
                data.putShort((short) 15).putInt(value << 2 | 0x02);
            }
            return record(0x00BD, data.putShort((short) last));
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }

        private static ByteBuffer cell(int size, int row, int column) {
            return buffer(size).putShort((short) row).putShort((short) column).putShort((short) 15);
        }
    }

    private RawXls() {
    }

    /** A workbook of one sheet, with these shared strings (Latin-1 characters, one byte each in the file). */
    public static byte[] of(String sheetName, List<String> sharedStrings, SheetRecords sheet) {
        Records globals = new Records();
        globals.record(0x0809, bof(0x0005));
        byte[] name = sheetName.getBytes(StandardCharsets.UTF_16LE);
        int boundSheet = 4 + 8 + name.length;
        int sst = sst(new Records(), sharedStrings).bytes().length;
        int sheetOffset = 4 + 16 + boundSheet + sst + 4;
        globals.record(0x0085, buffer(8 + name.length).putInt(sheetOffset).putShort((short) 0)
                .put((byte) sheetName.length()).put((byte) 1).put(name));
        sst(globals, sharedStrings);
        globals.record(0x000A, buffer(0));
        Records records = new Records();
        records.record(0x0809, bof(0x0010));
        sheet.write(records);
        records.record(0x000A, buffer(0));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(globals.bytes());
        stream.writeBytes(records.bytes());
        return compound(stream.toByteArray());
    }

    /** An OLE2 compound file holding {@code workbook} as its Workbook stream. */
    public static byte[] compound(byte[] workbook) {
        try (POIFSFileSystem compound = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            compound.createDocument(new ByteArrayInputStream(workbook), "Workbook");
            compound.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SST, then as many CONTINUE records as its strings need: a string that does not fit goes
     * on in the next, its characters after a repeated option byte, as Excel splits them.
     */
    private static Records sst(Records out, List<String> strings) {
        if (strings.isEmpty()) {
            return out;
        }
        ByteBuffer data = buffer(8224).putInt(strings.size()).putInt(strings.size());
        int sid = 0x00FC;
        for (String string : strings) {
            byte[] text = string.getBytes(StandardCharsets.ISO_8859_1);
            if (data.remaining() < 4) {
                out.record(sid, data);
                data = buffer(8224);
                sid = 0x003C;
            }
            data.putShort((short) text.length).put((byte) 0);
            for (int written = 0; ; ) {
                int n = Math.min(text.length - written, data.remaining());
                data.put(text, written, n);
                written += n;
                if (written == text.length) {
                    break;
                }
                out.record(sid, data);
                data = buffer(8224).put((byte) 0);
                sid = 0x003C;
            }
        }
        return out.record(sid, data);
    }

    private static ByteBuffer bof(int type) {
        return buffer(16).putShort((short) 0x0600).putShort((short) type).putShort((short) 0x0DBB)
                .putShort((short) 0x07CC).putInt(0).putInt(0x06);
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
