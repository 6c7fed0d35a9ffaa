package press.imports;

import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;

/**
 * A BIFF8 Workbook stream read record by record, as POI's {@code RecordInputStream} hands them
 * out (each at most 8 224 bytes): the globals first — the sheets' names (BOUNDSHEET), the shared
 * strings (SST, {@link XlsStrings}), refusing at its FILEPASS a workbook encrypted with a password
 * of its own (one that opens without asking is decrypted as it is read) — then each
 * sheet's substream to its EOF ({@link XlsSheet}), a chart's substream inside it skipped. Only the
 * records that hold cells are turned into objects, one at a time; all others are passed over.
 */
final class XlsWorkbook {

    /** BIFF8's version in a BOF record; Excel 5.0/95 (BIFF5) writes 0x0500. */
    private static final int BIFF8 = 0x0600;

    private final InputStream stream;
    private RecordInputStream in;
    private final ReadBudget budget;
    private final List<BoundSheetRecord> listed = new ArrayList<>();
    private List<String> strings = List.of();

    private XlsWorkbook(InputStream stream, ReadBudget budget) {
        this.stream = stream;
        this.in = new RecordInputStream(stream);
        this.budget = budget;
    }

    /** Every sheet that holds a row, as a table, in the order of the workbook's tabs. */
    static List<ImportedTable> read(InputStream stream, ReadBudget budget) {
        XlsWorkbook workbook = new XlsWorkbook(stream, budget);
        workbook.globals();
        return workbook.sheets();
    }

    private void globals() {
        if (!next() || in.getSid() != BOFRecord.sid) {
            throw new IllegalArgumentException("the Workbook stream does not begin with a BOF record");
        }
        int offset = 4 + in.remaining();
        BOFRecord bof = new BOFRecord(in);
        if (bof.getVersion() < BIFF8) {
            throw new IllegalArgumentException("an Excel 5.0/95 workbook (BIFF5), older than Excel 97–2003");
        }
        if (bof.getType() != BOFRecord.TYPE_WORKBOOK) {
            throw new IllegalArgumentException("the Workbook stream begins with no workbook's BOF record");
        }
        skipRest();
        for (boolean first = true; ; first = false) {
            if (!next()) {
                throw new IllegalArgumentException("the Workbook stream ends inside its globals");
            }
            switch (in.getSid()) {
                case EOFRecord.sid -> {
                    skipRest();
                    return;
                }
                case FilePassRecord.sid -> {
                    if (!first) {
                        throw new EncryptedDocumentException("the workbook is encrypted (FILEPASS after its first record)");
                    }
                    offset += 4 + in.remaining();
                    in = decrypting(new FilePassRecord(in), offset);
                }
                case BoundSheetRecord.sid -> listed.add(new BoundSheetRecord(in));
                case SSTRecord.sid -> strings = XlsStrings.read(in, budget);
                default -> {
                }
            }
            skipRest();
        }
    }

    /**
     * The rest of an encrypted workbook, when it opens without a password: Excel encrypts a
     * workbook whose structure is protected with its built-in one (POI's DEFAULT_PASSWORD), and
     * opens it without asking. Record data is decrypted as it is read, as POI's own
     * RecordFactoryInputStream does; a workbook with a password of its own is refused.
     */
    private RecordInputStream decrypting(FilePassRecord filePass, int offset) {
        EncryptionInfo encryption = filePass.getEncryptionInfo();
        try {
            if (!encryption.getDecryptor().verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                throw new EncryptedDocumentException("the workbook is encrypted with a password (FILEPASS)");
            }
        } catch (GeneralSecurityException e) {
            throw new EncryptedDocumentException("the workbook's encryption cannot be read: " + e.getMessage(), e);
        }
        return new RecordInputStream(stream, encryption, offset);
    }

    private List<ImportedTable> sheets() {
        // the substreams come in the order of their offsets, which BOUNDSHEET gives; the tabs in its own order
        List<Integer> byPosition = IntStream.range(0, listed.size()).boxed()
                .sorted(Comparator.comparingInt(i -> listed.get(i).getPositionOfBof())).toList();
        ImportedTable[] tables = new ImportedTable[listed.size()];
        int substream = 0;
        // each substream begins with a BOF; what follows the last one is padding (garbage, when encrypted), as POI reads it
        while (in.hasNextRecord() && in.getNextSid() == BOFRecord.sid) {
            in.nextRecord();
            skipRest();
            if (substream == byPosition.size()) {
                throw new IllegalArgumentException("the Workbook stream has more sheets than it lists ("
                        + listed.size() + ")");
            }
            int tab = byPosition.get(substream++);
            XlsSheet sheet = new XlsSheet(listed.get(tab).getSheetname(), strings, budget);
            SheetCells cells = substream(sheet);
            if (cells.hasRows()) {
                tables[tab] = SheetRows.table(sheet.name(), cells.grid(budget));
            }
        }
        List<ImportedTable> read = new ArrayList<>();
        for (ImportedTable table : tables) {
            if (table != null) {
                read.add(table);
            }
        }
        return read;
    }

    /** One sheet's records, to the EOF that ends it; a chart's BOF … EOF inside it passed over. */
    private SheetCells substream(XlsSheet sheet) {
        int depth = 1;
        while (depth > 0) {
            if (!next()) {
                throw new IllegalArgumentException("sheet '" + sheet.name() + "' ends before its EOF record");
            }
            short sid = in.getSid();
            if (sid == BOFRecord.sid) {
                depth++;
            } else if (sid == EOFRecord.sid) {
                depth--;
            } else if (depth == 1) {
                sheet.record(sid, in);
            }
            skipRest();
        }
        return sheet.end();
    }

    private boolean next() {
        if (!in.hasNextRecord()) {
            return false;
        }
        in.nextRecord();
        return true;
    }

    /** Passes over what a record holds that was not read (a record read whole has nothing left). */
    private void skipRest() {
        while (in.remaining() > 0) {
            in.readRemainder();
        }
    }
}
