package press.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import press.render.layout.ChartData;

/**
 * The workbook a Word chart keeps its data in ("Edit Data" opens it): one sheet, the categories
 * down column A, each series in a column after it under its name, numbers as numbers. Written
 * as the five parts SpreadsheetML needs, with inline strings, so no spreadsheet library is
 * carried for it.
 */
final class ChartWorkbook {

    static final String SHEET = "Sheet1";

    private ChartWorkbook() {
    }

    /** The column letter of series {@code index} (A holds the categories). */
    static String column(int index) {
        return String.valueOf((char) ('B' + index));
    }

    static byte[] of(ChartData chart, long time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", time, """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            entry(zip, "_rels/.rels", time, """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/></Relationships>""");
            entry(zip, "xl/workbook.xml", time, """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(SHEET));
            entry(zip, "xl/_rels/workbook.xml.rels", time, """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                    Target="worksheets/sheet1.xml"/></Relationships>""");
            entry(zip, "xl/worksheets/sheet1.xml", time, sheet(chart));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a chart's workbook", e);
        }
        return bytes.toByteArray();
    }

    private static String sheet(ChartData chart) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        xml.append("<row r=\"1\">").append(text("A1", chart.categoryAxis()));
        for (int s = 0; s < chart.series().size(); s++) {
            xml.append(text(column(s) + "1", chart.series().get(s).name()));
        }
        xml.append("</row>");
        for (int c = 0; c < chart.categories().size(); c++) {
            int row = c + 2;
            xml.append("<row r=\"").append(row).append("\">").append(text("A" + row, chart.categories().get(c)));
            for (int s = 0; s < chart.series().size(); s++) {
                BigDecimal value = chart.series().get(s).values().get(c);
                xml.append("<c r=\"").append(column(s)).append(row).append("\"><v>").append(value.toPlainString())
                        .append("</v></c>");
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String text(String cell, String value) {
        return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + DocxCharts.escape(value) + "</t></is></c>";
    }

    private static void entry(ZipOutputStream zip, String name, long time, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
