package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * A joint 通知 of a city government and a court in the 文件 format (GB/T 9704-2012 §7), measured
 * on the PDF: the organs stacked 35 mm under the text block with 文件 beside them, the 发文字号
 * under them, the 主送 flush left, both organs' 署名 whole under their seals, the last seal on
 * name and date, and the 版记 on an even page.
 */
class OfficialDocumentGeometryTest {

    private static final PdfGeometry PDF = OfficialDocuments.geometry("wenjian", OfficialDocuments.example("wenjian"));
    private static final float TEXT_LEFT = 28;
    private static final float TEXT_RIGHT = 210 - 26;

    @Test
    void theJointMarkStandsThirtyFiveMillimetresUnderTheTextBlockWithTheSuffixBesideIt() {
        List<Glyph> lead = run(PDF, 1, "云岭市人民政府");
        List<Glyph> court = run(PDF, 1, "云岭市中级人民法院");
        assertEquals(37 + 35, lead.get(0).emTop(), TOLERANCE, "the lead organ's top 35 mm under the text block");
        assertTrue(court.get(0).emTop() >= lead.get(0).emBottom() - TOLERANCE, "the court under the government");
        assertEquals(lead.get(lead.size() - 1).right(), court.get(court.size() - 1).right(), TOLERANCE, "one width");
        Glyph suffix = PDF.glyphs(1).stream().filter(glyph -> glyph.text().equals("件") && glyph.size() > 30)
                .findFirst().orElseThrow();
        assertEquals((lead.get(0).emTop() + court.get(0).emBottom()) / 2, (suffix.emTop() + suffix.emBottom()) / 2,
                TOLERANCE, "文件 centred on the organs");
    }

    @Test
    void theNumberIsCentredTwoLinesUnderTheMarkAndTheAddresseesStartFlushLeft() {
        List<Glyph> court = run(PDF, 1, "云岭市中级人民法院");
        List<Glyph> number = run(PDF, 1, "云府发〔2026〕14号");
        assertEquals(2 * LINE, number.get(0).emTop() - court.get(0).emBottom(), 1, "two lines under the mark");
        assertEquals((TEXT_LEFT + TEXT_RIGHT) / 2, centre(number), TOLERANCE, "centred");
        List<Glyph> addressees = run(PDF, 1, "各县（市、区）人民政府");
        assertEquals(TEXT_LEFT, addressees.get(0).left(), TOLERANCE, "主送 flush left");
    }

    @Test
    void theAddresseesAndTheTitleBreakOnlyBetweenWords() {
        List<String> lines = PDF.lines(1).stream().map(PdfGeometry::text).toList();
        int addressees = lines.indexOf(lines.stream().filter(line -> line.startsWith("各县")).findFirst().orElseThrow());
        assertTrue(lines.get(addressees).endsWith("，") || lines.get(addressees).endsWith("："),
                "the 主送 line ends between names: " + lines.get(addressees));
        int title = lines.indexOf(lines.stream().filter(line -> line.startsWith("云岭市人民政府 ")).findFirst().orElseThrow());
        assertEquals("云岭市人民政府 云岭市中级人民法院关于", lines.get(title), "the title breaks after a word");
        assertEquals("建立行政争议多元化解工作机制的通知", lines.get(title + 1));
    }

    @Test
    void bothOrgansSignWholeUnderTheirOwnSealsAndTheLastSealPressesNameAndDate() {
        int page = pageOf(PDF, "2026年11月20日");
        List<Glyph> government = run(PDF, page, "云岭市人民政府");
        List<Glyph> court = run(PDF, page, "云岭市中级人民法院");
        List<Glyph> date = run(PDF, page, "2026年11月20日");
        List<Picture> seals = PDF.pictures(page);
        assertEquals(2, seals.size(), "a seal for each organ");
        Picture first = seals.stream().min((a, b) -> Float.compare(a.left(), b.left())).orElseThrow();
        Picture last = seals.stream().max((a, b) -> Float.compare(a.left(), b.left())).orElseThrow();
        assertTrue(first.right() < last.left(), "the seals neither cross nor touch");
        assertEquals(centre(government), (first.left() + first.right()) / 2, TOLERANCE, "the first seal on its 署名");
        assertEquals(centre(court), (last.left() + last.right()) / 2, TOLERANCE, "the last seal on its 署名");
        assertEquals(centre(date), centre(court), TOLERANCE, "the last 署名 centred over the date");
        assertEquals(TEXT_RIGHT - 4 * CHARACTER, date.get(date.size() - 1).right(), 1, "the date four characters in");
        assertTrue(first.left() >= TEXT_LEFT - TOLERANCE && last.right() <= TEXT_RIGHT + TOLERANCE, "inside the text block");
        float middle = (court.get(0).emTop() + date.get(0).emBottom()) / 2;
        assertTrue((last.top() + last.bottom()) / 2 < middle, "the name and date sit below the seal's centre");
        List<Glyph> attachment = run(PDF, page, "附件：");
        assertTrue(last.top() - attachment.get(0).emBottom() < LINE, "the seal's top within a line of the 附件说明");
    }

    @Test
    void theClosingBlockIsOnAnEvenLastPage() {
        int page = pageOf(PDF, "2026年11月20日印发");
        assertEquals(PDF.pageCount(), page);
        assertEquals(0, page % 2, "the 版记 on an even page");
    }

    @Test
    void aDocumentToASuperiorPutsItsNumberLeftLevelWithTheLastSigner() {
        ObjectNode data = OfficialDocuments.example("wenjian");
        data.put("title", "云岭市人民政府关于申请设立行政争议调解中心的请示");
        ObjectNode official = (ObjectNode) data.get("gongwen");
        official.putArray("issuers").add("云岭市人民政府");
        official.putArray("signers").add("王明远");
        official.putArray("addressees").add("云南省人民政府");
        ObjectNode signature = data.putObject("signature");
        signature.put("office", "云岭市人民政府");
        signature.put("date", "2026-11-20");
        PdfGeometry pdf = OfficialDocuments.geometry("wenjian", data);
        List<Glyph> number = run(pdf, 1, "云府发〔2026〕14号");
        List<Glyph> signer = run(pdf, 1, "王明远");
        assertEquals(signer.get(0).baseline(), number.get(0).baseline(), TOLERANCE, "level with the 签发人");
        assertEquals(TEXT_LEFT + CHARACTER, number.get(0).left(), TOLERANCE, "one character in from the left");
        assertTrue(PdfGeometry.text(pdf.lines(1).stream().filter(line -> PdfGeometry.text(line).contains("王明远"))
                .findFirst().orElseThrow()).contains("签发人："));
        assertFalse(pdf.pictures(pageOf(pdf, "2026年11月20日")).size() > 0, "unsealed: no picture");
    }
}
