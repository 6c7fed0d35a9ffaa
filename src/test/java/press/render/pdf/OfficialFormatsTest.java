package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.render.pdf.GongwenGeometryTest.TOLERANCE;
import static press.render.pdf.OfficialDocuments.CHARACTER;
import static press.render.pdf.OfficialDocuments.LINE;
import static press.render.pdf.OfficialDocuments.centre;
import static press.render.pdf.OfficialDocuments.pageOf;
import static press.render.pdf.OfficialDocuments.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.testing.PdfGeometry;
import press.testing.PdfGeometry.Glyph;
import press.testing.PdfGeometry.Picture;

/**
 * The official-document kind's other formats, measured on the PDF: the 信函 (§10.1), the 命令
 * (§10.2, signed by the signer's post and 签名章, §7.3.5.4) and the 纪要 (§10.3, its attendance).
 */
class OfficialFormatsTest {

    private static final float TEXT_LEFT = 28;
    private static final float TEXT_RIGHT = 210 - 26;
    private static final int RED = 0xE60012;

    @Test
    void aLetterHasItsMarkThirtyMillimetresFromThePaperAndADoubleRuleAboveTheFirstPagesFoot() {
        PdfGeometry pdf = OfficialDocuments.geometry("xinhan", OfficialDocuments.example("xinhan"));
        List<Glyph> mark = run(pdf, 1, "云岭市人民政府办公室");
        assertEquals(30, mark.get(0).emTop(), TOLERANCE, "the 标志 30 mm from the paper's top");
        long footRules = pdf.strokes(1).stream().filter(stroke -> stroke.horizontal() && stroke.color() == RED
                && stroke.y1() > 297 - 20 - 3 && stroke.y1() < 297 - 20 + 3).count();
        assertEquals(2, footRules, "a red double rule 20 mm above the foot");
        List<Glyph> number = run(pdf, 1, "云府办函〔2026〕37号");
        assertEquals(TEXT_RIGHT, number.get(number.size() - 1).right(), 1, "the number at the right under the rule");
        assertEquals(1, pdf.pageCount(), "no blank page for a 版记 that has nothing to print");
    }

    @Test
    void anOrderHasItsMarkTwentyMillimetresDownItsNumberTwoLinesUnderAndNoTitleOrRule() {
        PdfGeometry pdf = OfficialDocuments.geometry("mingling", OfficialDocuments.example("mingling"));
        List<Glyph> mark = run(pdf, 1, "云岭市人民政府令");
        assertEquals(37 + 20, mark.get(0).emTop(), TOLERANCE, "the 标志 20 mm under the text block");
        assertEquals((TEXT_LEFT + TEXT_RIGHT) / 2, centre(mark), TOLERANCE, "centred");
        List<Glyph> number = run(pdf, 1, "第15号");
        assertEquals(2 * LINE, number.get(0).emTop() - mark.get(0).emBottom(), 1, "the 令号 two lines under the 标志");
        assertEquals((TEXT_LEFT + TEXT_RIGHT) / 2, centre(number), TOLERANCE, "centred");
        List<Glyph> body = run(pdf, 1, "《云岭市政务服务事项管理办法》已经");
        float blank = body.get(0).baseline() - number.get(0).baseline();
        assertTrue(blank > 2.5f * LINE && blank < 3.5f * LINE, "two blank lines between 令号 and body: " + blank);
        assertTrue(pdf.strokes(1).stream().noneMatch(stroke -> stroke.color() == RED), "no red rule");
    }

    @Test
    void anOrderIsSignedByThePostBesideTheSignersStampWithTheDateALineUnderIt() {
        PdfGeometry pdf = OfficialDocuments.geometry("mingling", OfficialDocuments.example("mingling"));
        int page = pageOf(pdf, "2026年11月15日");
        List<Picture> stamps = pdf.pictures(page);
        assertEquals(1, stamps.size(), "the 签名章");
        Picture stamp = stamps.get(0);
        List<Glyph> post = run(pdf, page, "市长");
        List<Glyph> date = run(pdf, page, "2026年11月15日");
        assertEquals(TEXT_RIGHT - 4 * CHARACTER, stamp.right(), 1, "the 签名章 four characters in from the right");
        assertEquals(2 * CHARACTER, stamp.left() - post.get(post.size() - 1).right(), 1, "the post two characters before it");
        assertEquals((stamp.top() + stamp.bottom()) / 2, (post.get(0).emTop() + post.get(0).emBottom()) / 2, 1,
                "the post centred on the 签名章's height");
        assertEquals(TEXT_RIGHT - 4 * CHARACTER, date.get(date.size() - 1).right(), 1, "the date four characters in");
        assertTrue(date.get(0).emTop() - stamp.bottom() > LINE * 0.9f, "a blank line under the 签名章");
    }

    @Test
    void minutesListTheirAttendanceWithAHeiLabelAndNamesHangingAfterTheColon() {
        PdfGeometry pdf = OfficialDocuments.geometry("jiyao", OfficialDocuments.example("jiyao"));
        assertEquals(37 + 35, run(pdf, 1, "云岭市人民政府常务会议纪要").get(0).emTop(), TOLERANCE, "35 mm down");
        int page = pageOf(pdf, "出席：");
        List<List<Glyph>> lines = pdf.lines(page);
        int at = lines.indexOf(lines.stream().filter(line -> PdfGeometry.text(line).startsWith("出席：")).findFirst()
                .orElseThrow());
        List<Glyph> present = lines.get(at);
        assertEquals(TEXT_LEFT + 2 * CHARACTER, present.get(0).left(), 1, "two characters in");
        assertTrue(present.get(0).font().contains("Hei"), "the label in 黑体: " + present.get(0).font());
        assertTrue(present.get(3).font().contains("Fang"), "the names in 仿宋: " + present.get(3).font());
        List<Glyph> wrapped = lines.get(at + 1);
        assertEquals(present.get(3).left(), wrapped.get(0).left(), TOLERANCE, "a wrapped line under the first name");
        assertTrue(PdfGeometry.text(present).endsWith("、"), "names break between names: " + PdfGeometry.text(present));
    }
}
