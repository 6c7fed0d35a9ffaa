package press.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.fonts.Punctuation;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Docx;
import press.testing.Fixtures;
import press.testing.PdfGeometry.Glyph;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A table wider than its page stays readable: its type shrinks no further than the sheet's least
 * size (9 pt), then it turns landscape, then its columns are split into parts that each repeat
 * the key column; a number is never broken, and no header line starts with closing punctuation
 * — in the PDF and, by the same decisions, in the DOCX.
 */
class WideTablesTest {

    private static final String KIND = "generic-bulletin";

    /** A body table of {@code columns} columns: 县（市） then counts with long labels, six rows and a total. */
    private static ObjectNode data(int columns) {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ArrayNode blocks = (ArrayNode) data.at("/sections/0/blocks");
        blocks.removeAll();
        ObjectNode table = blocks.addObject();
        table.put("type", "table");
        ArrayNode kinds = table.putArray("columns");
        ArrayNode head = table.putArray("head").addArray();
        kinds.add("text");
        head.add("县（市）");
        for (int c = 1; c < columns; c++) {
            kinds.add("number");
            head.add("第" + c + "类办件（件）");
        }
        ArrayNode body = table.putArray("body");
        for (int r = 0; r < 6; r++) {
            ArrayNode row = body.addArray();
            row.add("第" + (r + 1) + "县");
            for (int c = 1; c < columns; c++) {
                row.add(number(r, c));
            }
        }
        return data;
    }

    private static int number(int row, int column) {
        return 10000 + row * 1000 + column * 17;
    }

    private static List<String> lines(PdfGeometry pdf) {
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            pdf.lines(page).forEach(line -> lines.add(PdfGeometry.text(line)));
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 20, 30})
    void aWideTableShrinksTurnsAndSplitsButNeverBreaksANumber(int columns) {
        ObjectNode data = data(columns);
        PdfGeometry pdf = new PdfGeometry(Fixtures.press().render(new RenderRequest(KIND, null, Format.PDF, data)).bytes());
        String all = String.join("\n", lines(pdf));
        for (int r = 0; r < 6; r++) {
            for (int c = 1; c < columns; c++) {
                assertTrue(all.contains(Integer.toString(number(r, c))), "row " + r + " column " + c + " unbroken");
            }
        }
        for (int page = 1; page <= pdf.pageCount(); page++) {
            for (Glyph glyph : pdf.glyphs(page)) {
                if (Character.isDigit(glyph.text().charAt(0)) && glyph.baseline() < 297 - 35) {
                    assertTrue(glyph.size() >= 9 - 0.01f, "no smaller than 9 pt: " + glyph.size());
                }
            }
            for (List<Glyph> line : pdf.lines(page)) {
                String text = PdfGeometry.text(line).strip();
                boolean pageNumber = Math.abs(line.get(0).size() - 14) < 0.1f;
                assertFalse(!pageNumber && !text.isEmpty() && Punctuation.mayNotStartLine(text.codePointAt(0)),
                        "a line starts with " + text);
            }
        }
        long keyRows = all.split("第1县", -1).length - 1;
        if (columns == 12) {
            assertEquals(1, keyRows, "12 columns fit in one part");
        }
        if (columns == 30) {
            assertTrue(keyRows >= 2, "30 columns split into parts, each with the key column: " + keyRows);
            assertTrue(pdf.pageWidth(2) > pdf.pageHeight(2) || pdf.pageWidth(1) > pdf.pageHeight(1), "on landscape pages");
        }
        Docx docx = new Docx(Fixtures.press().render(new RenderRequest(KIND, null, Format.DOCX, data)).bytes());
        assertEquals(keyRows, (long) docx.number("word/document.xml", "count(//w:tbl[.//w:t[.='第1县']])"), "the DOCX splits alike");
        double smallest = docx.number("word/document.xml", "number((//w:tbl//w:rPr/w:sz/@w:val)[1])");
        assertTrue(Double.isNaN(smallest) || smallest >= 18, "the DOCX's cells no smaller than 9 pt: " + smallest / 2);
    }
}
