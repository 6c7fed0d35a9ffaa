package press.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written as the zip of XML parts an .xlsx is, for the tests that need what POI's
 * user model would not write (a formula without its value, ten thousand overlapping merged ranges)
 * or would write too slowly (a sheet of hundreds of thousands of rows): one sheet, its XML
 * streamed straight into the zip, and an optional shared-strings table.
 */
public final class RawWorkbooks {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Writes what goes inside {@code <worksheet>}: {@code <sheetData>…</sheetData>}, then any {@code <mergeCells>}. */
    public interface SheetXml {
        void write(Writer out) throws IOException;
    }

    private RawWorkbooks() {
    }

    /** A workbook of one sheet with no shared strings. */
    public static byte[] of(String sheetName, SheetXml sheet) {
        return of(sheetName, List.of(), sheet);
    }

    public static byte[] of(String sheetName, List<String> sharedStrings, SheetXml sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            part(zip, out, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            part(zip, out, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, out, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
                    + "<sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, out, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            StringBuilder strings = new StringBuilder("<sst xmlns=\"" + MAIN + "\" uniqueCount=\"" + sharedStrings.size() + "\">");
            sharedStrings.forEach(text -> strings.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>"));
            part(zip, out, "xl/sharedStrings.xml", strings.append("</sst>").toString());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\">");
            sheet.write(out);
            out.write("</worksheet>");
            out.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A number cell, {@code <c r="B2"><v>1335</v></c>}. */
    public static String number(String ref, Object value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    /** A text cell written inline, as streaming writers (and POI's SXSSF) write it. */
    public static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(value) + "</t></is></c>";
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A sheet of two rows whose {@code ranges} merged ranges (pseudo-random, seeded) each run from a
     * row among the first hundred to one among the last hundred, across all 30 columns, and so
     * overlap: the crafted upload of issue 34.
     */
    public static byte[] overlappingMerges(int ranges) {
        return of("Sheet1", out -> {
            out.write("<sheetData><row r=\"1\">" + text("A1", "地区") + "</row><row r=\"2000\">"
                    + number("A2000", 1) + "</row></sheetData><mergeCells count=\"" + ranges + "\">");
            long random = 42;
            for (int i = 0; i < ranges; i++) {
                random = random * 6364136223846793005L + 1442695040888963407L;
                out.write("<mergeCell ref=\"A" + (1 + (random >>> 33) % 100) + ":AD" + (1900 + (random >>> 13) % 101) + "\"/>");
            }
            out.write("</mergeCells>");
        });
    }
}
