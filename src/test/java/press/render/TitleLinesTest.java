package press.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Docx;
import press.testing.Fixtures;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ObjectNode;

/** A title too long for a line is set in lines of about equal width, none left with a character or two. */
class TitleLinesTest {

    private static final String TITLE = "关于进一步深化“放管服”改革优化营商环境持续推进政务服务标准化规范化便利化"
            + "和一网通办一窗综合受理工作情况的通报（2026年第三季度）";

    @Test
    void aLongTitleIsBalancedInThePdfAndTheDocx() {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        data.put("title", TITLE);
        PdfGeometry pdf = new PdfGeometry(Fixtures.press().render(new RenderRequest("generic-bulletin", null, Format.PDF,
                data)).bytes());
        List<List<PdfGeometry.Glyph>> lines = pdf.lines(1).stream()
                .filter(line -> line.get(0).size() > 20 && !PdfGeometry.text(line).isBlank()).toList();
        assertTrue(lines.size() >= 3, "an " + TITLE.length() + "-character title takes three lines or more");
        float widest = 0;
        float narrowest = Float.MAX_VALUE;
        for (List<PdfGeometry.Glyph> line : lines) {
            float width = line.get(line.size() - 1).right() - line.get(0).left();
            widest = Math.max(widest, width);
            narrowest = Math.min(narrowest, width);
            assertTrue(PdfGeometry.text(line).strip().length() >= 3, "a line of a character or two: " + PdfGeometry.text(line));
        }
        float character = lines.get(0).get(0).size() * 25.4f / 72;
        assertTrue(widest - narrowest < 3 * character, "lines within three characters of each other: " + widest + " / "
                + narrowest);
        assertEquals(String.join("", lines.stream().map(line -> PdfGeometry.text(line).strip()).toList()), TITLE);
        Docx docx = new Docx(Fixtures.press().render(new RenderRequest("generic-bulletin", null, Format.DOCX, data)).bytes());
        assertEquals(lines.size() - 1, (int) docx.number("word/document.xml",
                "count(//w:p[w:pPr/w:pStyle/@w:val='title']//w:br)"), "the same breaks in the DOCX");
    }
}
