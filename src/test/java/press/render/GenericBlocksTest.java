package press.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Docx;
import press.testing.Fixtures;
import press.testing.PdfGeometry.Glyph;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every block the generic kind has, measured in what it produces: the made-up fixture
 * {@code yunling-2026-10} rendered once as PDF (positions and fonts read back by PDFBox) and once
 * as DOCX (its document.xml).
 */
class GenericBlocksTest {

    private static final String KIND = "generic-bulletin";
    private static final ObjectNode DATA = Fixtures.data("yunling-2026-10");
    private static final PdfGeometry PDF = new PdfGeometry(Fixtures.press().render(new RenderRequest(KIND, null,
            Format.PDF, DATA)).bytes());
    private static final Docx DOCX = new Docx(Fixtures.press().render(new RenderRequest(KIND, null, Format.DOCX, DATA))
            .bytes());
    private static final String DOC = "word/document.xml";
    private static final float CHARACTER = (16 - 0.22f) * 25.4f / 72;

    private static List<Glyph> line(String containing) {
        for (int page = 1; page <= PDF.pageCount(); page++) {
            for (List<Glyph> line : PDF.lines(page)) {
                if (PdfGeometry.text(line).contains(containing)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line holds " + containing);
    }

    private static int pageOf(String containing) {
        return line(containing).get(0).page();
    }

    private static List<Glyph> glyphs(String text) {
        List<Glyph> line = line(text);
        String all = PdfGeometry.text(line);
        int at = all.indexOf(text);
        return line.subList(at, at + text.length());
    }

    private static String style(String containing) {
        return DOCX.value(DOC, "//w:p[contains(string(.), '" + containing + "')]/w:pPr/w:pStyle/@w:val");
    }

    @Test
    void aSectionWithoutAHeadingRunsOnAsBodyText() {
        assertEquals("body", style("现将2026年10月"));
        assertTrue(line("现将2026年10月").get(0).emTop() < line("一、总体运行情况").get(0).emTop());
        assertEquals(0, (int) DOCX.number(DOC, "count(//w:p[w:pPr/w:pStyle/@w:val='heading1'][following::w:p[contains(string(.),"
                + " '现将2026年10月')]])"));
    }

    @Test
    void subHeadingsTakeTheirLevelsFontsBlackKaiAndFang() {
        assertEquals("heading2", style("（一）诉求渠道"));
        assertEquals("heading3", style("1.高频诉求"));
        assertEquals("heading4", style("（1）办理时效"));
        assertTrue(line("一、总体运行情况").get(0).font().contains("Hei"), line("一、总体运行情况").get(0).font());
        assertTrue(line("（一）诉求渠道").get(0).font().contains("Kai"));
        assertTrue(line("（1）办理时效").get(0).font().contains("Fang"));
    }

    @Test
    void boldAndKaiRunsChangeOnlyTheirOwnCharacters() {
        assertTrue(glyphs("4286件").stream().allMatch(Glyph::stroked), "bold is stroked");
        assertFalse(glyphs("环比增长").stream().anyMatch(Glyph::stroked));
        assertTrue(glyphs("学校周边停车难").stream().allMatch(glyph -> glyph.font().contains("Kai")));
        assertTrue(glyphs("其中").stream().allMatch(glyph -> glyph.font().contains("Fang")));
        assertEquals("4286件", DOCX.value(DOC, "//w:r[w:rPr/w:b]/w:t[contains(., '4286')]"));
        assertEquals("楷体_GB2312", DOCX.value(DOC, "//w:r[w:t[contains(., '学校周边停车难')]]/w:rPr/w:rFonts/@w:eastAsia"));
    }

    @Test
    void aNestedListStepsInAndListsNumberInTheirOwnSequenceOrByTheirItemsMarker() {
        Glyph outer = line("（2）道路与交通").get(0);
        Glyph inner = line("①县城区").get(0);
        assertEquals(outer.left() + 2 * CHARACTER, inner.left(), 0.5f, "one level in, two characters");
        assertTrue(PdfGeometry.text(line("乡镇客运")).strip().startsWith("②"), PdfGeometry.text(line("乡镇客运")));
        assertTrue(PdfGeometry.text(line("物业与住房")).strip().startsWith("★物业"), "the item's own marker");
        assertTrue(PdfGeometry.text(line("持续压减")).strip().startsWith("一、"));
        assertTrue(DOCX.number(DOC, "number(//w:p[contains(string(.), '县城区上下学')]/w:pPr/w:ind/@w:left)") > 0);
    }

    @Test
    void aTableHasItsCaptionAboveItsUnitAtTheTopRightAndItsNotesUnder() {
        Glyph caption = line("表1").get(0);
        List<Glyph> unit = line("单位：件");
        Glyph head = line("类别").get(0);
        Glyph note = line("注：按时办结率").get(0);
        assertTrue(caption.baseline() < unit.get(0).baseline() && unit.get(0).baseline() < head.baseline());
        assertEquals(210 - 26, unit.get(unit.size() - 1).right(), 0.5f, "the unit flush right");
        List<Glyph> captionLine = line("表1");
        assertEquals(105 + 1, (captionLine.get(0).left() + captionLine.get(captionLine.size() - 1).right()) / 2, 1f,
                "the caption centred");
        assertTrue(note.baseline() > line("合计").get(0).baseline(), "notes under the totals");
        assertEquals("tableCaption", style("表1"));
        assertEquals("tableUnit", style("单位：件"));
        assertEquals("tableNote", style("数据来源"));
        assertEquals(1, (int) DOCX.number(DOC, "count(//w:p[w:pPr/w:pStyle/@w:val='tableCaption'][contains(string(.), '表1')]"
                + "/following-sibling::*[2][self::w:tbl])"), "the unit, then the table, after the caption");
    }

    @Test
    void aLandscapeBodyTableGetsAPageOfItsOwnAndTheBodyGoesOnInPortrait() {
        int page = pageOf("各乡镇工单办理情况");
        assertTrue(PDF.pageWidth(page) > PDF.pageHeight(page), "表2's page is landscape");
        assertTrue(PDF.pageWidth(page - 1) < PDF.pageHeight(page - 1));
        int after = pageOf("城关镇受理量最大");
        assertEquals(page + 1, after);
        assertTrue(PDF.pageWidth(after) < PDF.pageHeight(after));
        assertEquals("landscape", DOCX.value(DOC, "//w:p[w:pPr/w:sectPr][preceding::w:tbl[contains(string(.), '青石镇')]]"
                + "[1]/w:pPr/w:sectPr/w:pgSz/@w:orient"));
    }

    @Test
    void aPageBreakStartsANewPage() {
        List<List<Glyph>> lines = PDF.lines(pageOf("四、下一步工作"));
        assertTrue(PdfGeometry.text(lines.get(0)).contains("四、下一步工作"));
        assertEquals(1, (int) DOCX.number(DOC, "count(//w:p[w:r/w:br/@w:type='page'][following-sibling::w:p[1]"
                + "[contains(string(.), '四、下一步工作')]])"));
    }

    @Test
    void figuresArePlacedAtTheirWidthCentredWithTheirCaptionsUnder() {
        int page = pageOf("图1");
        List<PdfGeometry.Picture> pictures = PDF.pictures(page);
        assertEquals(2, pictures.size());
        PdfGeometry.Picture photo = pictures.get(0);
        assertEquals(100, photo.right() - photo.left(), 0.5f);
        assertEquals(35, pictures.get(1).right() - pictures.get(1).left(), 0.5f);
        assertEquals(106, (photo.left() + photo.right()) / 2, 0.5f, "centred on the text block");
        assertTrue(line("图1").get(0).emTop() > photo.bottom(), "the caption under its picture");
        assertTrue(line("图2").get(0).emTop() > pictures.get(1).bottom());
        assertEquals(2, (int) DOCX.number(DOC, "count(//wp:inline)"));
        assertEquals(Math.round(100 * 36000), (long) DOCX.number(DOC, "number((//wp:inline)[1]/wp:extent/@cx)"), 40000);
        assertEquals(3, DOCX.parts().keySet().stream().filter(name -> name.startsWith("word/media/")).count(),
                "two figures and the seal");
    }

    @Test
    void theSignatureIsSealedAndTheClosingSaysChaosongAndYinfa() {
        int page = pageOf("附件：10月热线");
        assertFalse(PDF.pictures(page).isEmpty(), "the seal over the signature");
        assertTrue(PdfGeometry.text(line("印发")).endsWith("2026年11月6日印发"));
        assertTrue(PdfGeometry.text(line("抄送：")).startsWith("抄送：县级各部门"));
        assertEquals(1, (int) DOCX.number(DOC, "count(//wp:anchor)"), "the seal floats in the DOCX");
    }

    @Test
    void aBulletinWithoutClosingEndsWithItsLastBlock() {
        ObjectNode data = DATA.deepCopy();
        data.remove("closing");
        PdfGeometry pdf = new PdfGeometry(Fixtures.press().render(new RenderRequest(KIND, null, Format.PDF, data)).bytes());
        String last = String.join("", pdf.lines(pdf.pageCount()).stream().map(PdfGeometry::text).toList());
        assertFalse(last.contains("信息公开选项") || last.contains("抄送"), last);
        assertTrue(last.contains("YL2026102209"));
    }
}
