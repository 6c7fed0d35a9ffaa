package press.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Reads an Excel 97–2003 workbook (.xls, BIFF8 in an OLE2 compound file) — or a WPS .et, which is
 * the same file under WPS's name — record by record, the event-API way ({@link XlsWorkbook}),
 * into the tables {@link WorkbookReader} reads from the same workbook saved as .xlsx, under the
 * same limits checked as it reads. Never through {@code HSSFWorkbook}: its user model turns each
 * MULBLANK or MULRK record (a few bytes a cell) into objects of the cells it covers, so a small
 * upload becomes hundreds of MB.
 *
 * <p>Memory: the upload (at most 5 MiB, as an .xlsx) is held twice, once as sent and once in
 * POI's compound file; the Workbook stream is read from that in place, a record (≤ 8 224 bytes)
 * at a time. The shared strings, which POI's {@code SSTRecord} parses whole before anything sees
 * them, are read one string at a time and counted as the .xlsx reader counts them. An upload of
 * 5 MB holds an SST of 1.25 million one-character strings (4 bytes each): 107 MB of heap as POI's
 * {@code SSTRecord} (measured, Java 25: 85 bytes a string), twenty times the upload. Read here it
 * is refused at string 120 001, having held at most 120 000 strings of at most 5 Mi characters in
 * all (7 MB when tiny, some 17 MB when all text) — the memory the .xlsx limits allow. So .xls
 * needs no tighter cap and keeps the 5 MiB of .xlsx.
 */
public final class XlsReader {

    /** The names Excel, WPS and older writers give the BIFF8 stream in the compound file. */
    private static final List<String> WORKBOOK_STREAMS = List.of("Workbook", "WORKBOOK", "BOOK");

    /** What the upload was said to be: the refusal says how to make it readable. */
    enum Kind {
        XLS, ET
    }

    private XlsReader() {
    }

    /** Every sheet of an .xls workbook that holds something, as a table. */
    public static List<ImportedTable> read(byte[] xls) {
        return read(xls, new ReadBudget(), Kind.XLS);
    }

    /** Every sheet of a WPS .et workbook that holds something, as a table; one POI cannot read is refused saying to save it as .xlsx. */
    public static List<ImportedTable> readEt(byte[] et) {
        return read(et, new ReadBudget(), Kind.ET);
    }

    static List<ImportedTable> read(byte[] file, ReadBudget budget, Kind kind) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file);
        } catch (RuntimeException tooShort) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OOXML) {
            // an .xlsx under an older name (WPS saves .et so when asked for the new format): read as what it is
            return WorkbookReader.read(file, budget);
        }
        if (magic != FileMagic.OLE2) {
            throw unreadable(kind, "not an OLE2 compound file (" + magic + ")", null);
        }
        try (POIFSFileSystem compound = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            DirectoryNode root = compound.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw encrypted(kind, null);
            }
            String stream = WORKBOOK_STREAMS.stream().filter(root::hasEntry).findFirst().orElseThrow(() ->
                    new IllegalArgumentException(root.hasEntry("Book") ? "an Excel 5.0/95 workbook (BIFF5), older than "
                            + "Excel 97–2003" : "the compound file holds no Workbook stream"));
            try (InputStream workbook = root.createDocumentInputStream(stream)) {
                return XlsWorkbook.read(workbook, budget);
            }
        } catch (Failure failure) {
            throw failure;
        } catch (EncryptedDocumentException e) {
            throw encrypted(kind, e);
        } catch (IOException | RuntimeException e) {
            throw unreadable(kind, e.getMessage(), e);
        }
    }

    private static Failure unreadable(Kind kind, String why, Exception cause) {
        return new Failure(Reason.INVALID_DATA, switch (kind) {
            case XLS -> "无法读取这个 Excel 97–2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"
                    + "Not a workbook that can be read (.xls): " + why;
            case ET -> "无法读取这个 WPS 表格文件（.et），请在 WPS 中打开它，另存为 Excel 工作簿（.xlsx）后再导入。"
                    + "This .et file cannot be read (" + why + "): open it in WPS, save it as .xlsx and import that.";
        }, List.of(), cause);
    }

    private static Failure encrypted(Kind kind, Exception cause) {
        return new Failure(Reason.INVALID_DATA, "工作簿设有打开密码，无法读取：请在 " + (kind == Kind.ET ? "WPS" : "Excel 或 WPS")
                + " 中取消密码，另存为 .xlsx 后再导入。The workbook is encrypted with a password: remove the password, "
                + "save it as .xlsx and import that.", List.of(), cause);
    }
}
