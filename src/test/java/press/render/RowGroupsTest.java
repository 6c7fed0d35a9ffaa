package press.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rows bound by a row span (a region over its items) are not parted by a page: a small group
 * goes whole to the next page, so no page opens with a blank merged cell, and every page of the
 * table repeats its header.
 */
class RowGroupsTest {

    @Test
    void aGroupOfRowsUnderOneLabelNeverStraddlesAPage() {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ArrayNode blocks = (ArrayNode) data.at("/sections/0/blocks");
        blocks.removeAll();
        ObjectNode table = blocks.addObject();
        table.put("type", "table");
        table.putArray("columns").add("text").add("text").add("number");
        table.putArray("head").addArray().add("区域").add("事项").add("件数");
        ArrayNode body = table.putArray("body");
        for (int group = 1; group <= 40; group++) {
            for (int item = 1; item <= 3; item++) {
                ArrayNode row = body.addArray();
                if (item == 1) {
                    row.addObject().put("text", "第" + group + "片区").put("rowspan", 3);
                }
                row.add("G" + group + "-" + item).add(group * 10 + item);
            }
        }
        byte[] bytes = Fixtures.press().render(new RenderRequest("generic-bulletin", null, Format.PDF, data)).bytes();
        PdfGeometry pdf = new PdfGeometry(bytes);
        Map<String, Integer> pages = new HashMap<>();
        int tablePages = 0;
        for (int page = 1; page <= pdf.pageCount(); page++) {
            String text = String.join("\n", pdf.lines(page).stream().map(PdfGeometry::text).toList());
            for (int group = 1; group <= 40; group++) {
                for (int item = 1; item <= 3; item++) {
                    if (text.contains("G" + group + "-" + item + (group * 10 + item))
                            || text.contains("G" + group + "-" + item)) {
                        pages.putIfAbsent("G" + group + "-" + item, page);
                    }
                }
                if (text.contains("第" + group + "片区")) {
                    pages.putIfAbsent("第" + group + "片区", page);
                }
            }
            if (text.contains("G1-1") || text.contains("G40-3") || text.matches("(?s).*G\\d+-\\d.*")) {
                tablePages++;
                assertTrue(text.contains("区域事项件数"), "page " + page + " repeats the header");
            }
        }
        assertTrue(tablePages >= 2, "the table spans pages");
        for (int group = 1; group <= 40; group++) {
            int label = pages.get("第" + group + "片区");
            for (int item = 1; item <= 3; item++) {
                assertEquals(label, pages.get("G" + group + "-" + item), "group " + group + " item " + item);
            }
        }
        List<Integer> all = pages.values().stream().distinct().toList();
        assertTrue(all.size() >= 2);
        press.testing.Docx docx = new press.testing.Docx(Fixtures.press().render(new RenderRequest("generic-bulletin", null,
                Format.DOCX, data)).bytes());
        String row = "//w:tr[.//w:t[.='%s']]//w:p[w:pPr/w:keepNext]";
        assertTrue(docx.number("word/document.xml", "count(" + row.formatted("G7-1") + ")") > 0, "Word keeps G7-1 with G7-2");
        assertTrue(docx.number("word/document.xml", "count(" + row.formatted("G7-2") + ")") > 0, "and G7-2 with G7-3");
        assertEquals(0, (int) docx.number("word/document.xml", "count(" + row.formatted("G7-3") + ")"), "not G7-3 with G8-1");
    }
}
