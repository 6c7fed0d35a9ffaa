package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.render.pdf.GongwenGeometryTest.TOLERANCE;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.OfficialData;
import press.testing.PdfGeometry.Glyph;
import press.testing.PdfGeometry;

/**
 * The 信函格式 (GB/T 9704-2012 §10.1) measured on its PDF: the same data and code as the 文件
 * format, another style sheet. The 标志 30 mm from the paper's top, a red double rule (thick
 * over thin) 4 mm under it and another (thin over thick) 20 mm above the first page's foot, both
 * 170 mm long; the notices and the 发文字号 7/8 of a 3号 character under the rule, at the left and
 * the right; no page number on page 1; a 版记 without rules or imprint.
 */
class XinhanGeometryTest {

    private static final float POINT = 25.4f / 72;
    private static final PdfGeometry PDF = new PdfGeometry(Fixtures.press().render(new RenderRequest(Fixtures.KIND,
            "xinhan", Format.PDF, OfficialData.withEveryElement())).bytes());

    private static List<PdfGeometry.Stroke> red() {
        return PDF.strokes(1).stream().filter(stroke -> stroke.color() == 0xE60012).sorted((a, b) -> Float.compare(a.y1(),
                b.y1())).toList();
    }

    private static List<Glyph> line(String containing) {
        return PDF.lines(1).stream().filter(line -> PdfGeometry.text(line).contains(containing)).findFirst().orElseThrow();
    }

    @Test
    void theMarkStandsThirtyMillimetresFromThePapersTopOverADoubleRuleFourMillimetresUnderIt() {
        Glyph mark = PDF.lines(1).get(0).get(0);
        assertEquals(30, mark.emTop(), TOLERANCE);
        List<PdfGeometry.Stroke> rules = red();
        assertEquals(4, rules.size(), "two double rules");
        assertEquals(mark.emBottom() + 4, rules.get(0).y1(), TOLERANCE);
        assertTrue(rules.get(0).width() > rules.get(1).width(), "thick over thin");
        for (PdfGeometry.Stroke rule : rules) {
            assertEquals(170, rule.length(), TOLERANCE);
        }
    }

    @Test
    void theFootRuleIsTwentyMillimetresAboveThePapersFootThinOverThick() {
        List<PdfGeometry.Stroke> rules = red();
        assertEquals(297 - 20, rules.get(3).y1(), TOLERANCE);
        assertTrue(rules.get(2).width() < rules.get(3).width(), "thin over thick");
    }

    @Test
    void theNoticesAndTheNumberStandSevenEighthsOfACharacterUnderTheRuleLeftAndRight() {
        float under = red().get(1).y1() + 0.875f * 16 * POINT;
        List<Glyph> copy = line("000123");
        assertEquals(under, copy.get(0).emTop(), TOLERANCE);
        assertEquals(28, copy.get(0).left(), TOLERANCE);
        List<Glyph> number = line("〔2020〕");
        Glyph last = number.get(number.size() - 1);
        assertEquals(under, last.emTop(), TOLERANCE);
        assertEquals(210 - 26, last.right(), TOLERANCE, "the number flush right");
    }

    @Test
    void theTitleIsTwoLinesUnderTheLastElementOfTheHead() {
        List<Glyph> title = line("全州政务服务工作概况");
        List<Glyph> urgency = line("特急");
        assertEquals(urgency.get(0).emBottom() + 2 * GongwenGeometryTest.PITCH, title.get(0).emTop(), TOLERANCE);
    }

    @Test
    void theFirstPageHasNoNumberAndTheOthersHave() {
        assertTrue(GongwenGeometryTest.pageNumber(PDF, 1).isEmpty());
        assertFalse(GongwenGeometryTest.pageNumber(PDF, 2).isEmpty());
    }

    @Test
    void theClosingHasNeitherRulesNorImprint() {
        int last = PDF.pageCount();
        assertTrue(PDF.strokes(last).isEmpty(), "no rules in a 信函's 版记");
        String text = String.join("\n", PDF.lines(last).stream().map(PdfGeometry::text).toList());
        assertTrue(text.contains("抄送："));
        assertFalse(text.contains("印发"));
    }
}
