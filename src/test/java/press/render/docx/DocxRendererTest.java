package press.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import press.fonts.opentype.OpenTypeFont;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Docx;
import press.testing.Fixtures;

/** The reference bulletin as Word sees it: structure asserted on the XML. */
class DocxRendererTest {

    private static final String DOCUMENT = "word/document.xml";

    private static final Docx DOCX = new Docx(Fixtures.render(Fixtures.data(Fixtures.REFERENCE), Format.DOCX));

    @Test
    void everyRunNamesItsFontForAsciiHAnsiAndEastAsia() {
        for (String part : List.of(DOCUMENT, "word/footer1.xml", "word/footer2.xml")) {
            NodeList runs = DOCX.nodes(part, "//w:r[w:t]");
            assertTrue(runs.getLength() > 0, part);
            for (int i = 0; i < runs.getLength(); i++) {
                Element fonts = (Element) ((Element) runs.item(i)).getElementsByTagNameNS("*", "rFonts").item(0);
                assertTrue(fonts != null, part + ": a run without rFonts");
                for (String attribute : new String[] {"ascii", "hAnsi", "eastAsia"}) {
                    assertFalse(fonts.getAttributeNS(fonts.getNamespaceURI(), attribute).isEmpty(),
                            part + ": run without w:" + attribute);
                }
            }
        }
        assertTrue(DOCX.number(DOCUMENT, "count(//w:rFonts[@w:eastAsia='仿宋_GB2312'])") > 0,
                "body text should name 仿宋_GB2312");
    }

    @Test
    void theTwoLevelAttendanceHeaderMergesAcrossAndDown() {
        String header = "//w:tbl[3]/w:tr[1]";
        assertEquals("4", DOCX.value(DOCUMENT, header + "/w:tc[w:p//w:t='请假']/w:tcPr/w:gridSpan/@w:val"));
        assertEquals("restart", DOCX.value(DOCUMENT, header + "/w:tc[w:p//w:t='姓名']/w:tcPr/w:vMerge/@w:val"));
        assertEquals(6.0, DOCX.number(DOCUMENT, "count(//w:tbl[3]/w:tr[2]/w:tc[w:tcPr/w:vMerge[not(@w:val)]])"),
                "姓名, 部门, three day columns and 备注 continue down");
        assertEquals(10.0, DOCX.number(DOCUMENT, "count(//w:tbl[3]/w:tblGrid/w:gridCol)"));
    }

    @Test
    void headerRowsRepeatOnEveryPageAndBodyRowsDoNot() {
        assertEquals(1.0, DOCX.number(DOCUMENT, "count(//w:tbl[1]/w:tr[w:trPr/w:tblHeader])"));
        assertEquals(1.0, DOCX.number(DOCUMENT, "count(//w:tbl[2]/w:tr[w:trPr/w:tblHeader])"));
        assertEquals(2.0, DOCX.number(DOCUMENT, "count(//w:tbl[3]/w:tr[w:trPr/w:tblHeader])"));
        assertEquals("合计", DOCX.value(DOCUMENT, "//w:tbl[1]/w:tr[last()]/w:tc[2]//w:t"));
        assertFalse(DOCX.value(DOCUMENT, "//w:tbl[1]/w:tr[last()]/w:tc[2]/w:tcPr/w:shd/@w:fill").isEmpty(),
                "the totals row is tinted");
    }

    @Test
    void eachAppendixIsASectionAndTheWideRankingTableIsLandscape() {
        assertEquals(3.0, DOCX.number(DOCUMENT, "count(//w:p/w:pPr/w:sectPr)"), "three section breaks before the appendices");
        String appendix2 = "//w:p[w:pPr/w:sectPr][3]/w:pPr/w:sectPr";
        assertEquals("landscape", DOCX.value(DOCUMENT, appendix2 + "/w:pgSz/@w:orient"));
        assertTrue(DOCX.number(DOCUMENT, appendix2 + "/w:pgSz/@w:w") > DOCX.number(DOCUMENT, appendix2 + "/w:pgSz/@w:h"));
        assertEquals("portrait", DOCX.value(DOCUMENT, "//w:body/w:sectPr/w:pgSz/@w:orient"));
        assertEquals("2098", DOCX.value(DOCUMENT, "//w:body/w:sectPr/w:pgMar/@w:top"), "37 mm");
        assertEquals("1587", DOCX.value(DOCUMENT, "//w:body/w:sectPr/w:pgMar/@w:left"), "28 mm");
    }

    @Test
    void pageNumbersArePageFieldsRightOnOddPagesAndLeftOnEven() {
        assertTrue(DOCX.value("word/settings.xml", "name(//w:evenAndOddHeaders)").endsWith("evenAndOddHeaders"));
        assertEquals(4.0, DOCX.number(DOCUMENT, "count(//w:sectPr/w:footerReference)") / 2, "every section has both footers");
        assertEquals("right", DOCX.value("word/footer1.xml", "//w:p/w:pPr/w:jc/@w:val"));
        assertEquals("left", DOCX.value("word/footer2.xml", "//w:p/w:pPr/w:jc/@w:val"));
        for (String footer : List.of("word/footer1.xml", "word/footer2.xml")) {
            assertEquals(" PAGE ", DOCX.value(footer, "//w:instrText"));
            assertEquals("— ", DOCX.value(footer, "(//w:t)[1]"), footer);
            assertEquals(" —", DOCX.value(footer, "(//w:t)[last()]"), footer);
        }
    }

    /**
     * The closing block flows after the body (a floating box on the foot overprinted a body that ran
     * longer, and made LibreOffice lay a page out without end): a table whose rows stay together,
     * after a blank of exact height that takes it down the page and keeps with it.
     */
    @Test
    void theClosingBlockFlowsAfterTheBodyAsATableKeptTogether() {
        assertEquals(0.0, DOCX.number(DOCUMENT, "count(//*[local-name()='shape'][@id='closing'])"), "no floating box");
        String table = "(/w:document/w:body/w:tbl)[last()]";
        assertTrue(DOCX.value(DOCUMENT, "string(" + table + ")").contains("报：省中心，州委办公室，州政府办公室。"));
        double rows = DOCX.number(DOCUMENT, "count(" + table + "/w:tr)");
        assertEquals(rows, DOCX.number(DOCUMENT, "count(" + table + "/w:tr/w:trPr/w:cantSplit)"));
        assertEquals(rows - 1, DOCX.number(DOCUMENT, "count(" + table + "/w:tr[w:tc/w:p/w:pPr/w:keepNext])"),
                "each row but the last keeps with the next");
        String blank = table + "/preceding-sibling::w:p[1]/w:pPr";
        assertEquals("exact", DOCX.value(DOCUMENT, blank + "/w:spacing/@w:lineRule"));
        assertTrue(DOCX.number(DOCUMENT, blank + "/w:spacing/@w:line") > 20 * 28, "a blank that takes the block down");
        assertEquals(1.0, DOCX.number(DOCUMENT, "count(" + blank + "/w:keepNext)"));
    }

    @Test
    void stylesCarryTheStyleSheetSoWordUsersCanRestyle() {
        String styles = "word/styles.xml";
        assertEquals("32", DOCX.value(styles, "//w:style[@w:styleId='body']/w:rPr/w:sz/@w:val"), "3号 = 16 pt");
        assertEquals("44", DOCX.value(styles, "//w:style[@w:styleId='title']/w:rPr/w:sz/@w:val"), "2号 = 22 pt");
        assertEquals("方正小标宋简体", DOCX.value(styles, "//w:style[@w:styleId='title']/w:rPr/w:rFonts/@w:eastAsia"));
        assertEquals("黑体", DOCX.value(styles, "//w:style[@w:styleId='heading1']/w:rPr/w:rFonts/@w:eastAsia"));
        assertEquals("0", DOCX.value(styles, "//w:style[@w:styleId='heading1']/w:pPr/w:outlineLvl/@w:val"));
        assertEquals("200", DOCX.value(styles, "//w:style[@w:styleId='body']/w:pPr/w:ind/@w:firstLineChars"));
        assertFalse(DOCX.value(styles, "//w:style[@w:styleId='BulletinTable']/@w:type").isEmpty());
    }

    /** 28 characters of 3号 fit the 156 mm measure as in the PDF, and a line-end mark may hang rather than be lost. */
    @Test
    void theBodyCarriesTheStyleSheetsTrackingAndLetsLineEndMarksHang() {
        String styles = "word/styles.xml";
        assertEquals("-5", DOCX.value(styles, "//w:style[@w:styleId='body']/w:rPr/w:spacing/@w:val"), "−0.22 pt, rounded down");
        assertEquals("", DOCX.value(styles, "//w:style[@w:styleId='title']/w:rPr/w:spacing/@w:val"), "no tracking where none is asked");
        assertTrue(DOCX.value(styles, "//w:style[@w:styleId='body']/w:pPr/w:overflowPunct/@w:val").matches("|1|true|on"));
        assertEquals(1.0, DOCX.number(styles, "count(//w:style[@w:styleId='body']/w:pPr/w:overflowPunct)"));
    }

    @Test
    void embeddedFontsAreObfuscatedSubsetsThatHoldTheDocumentsCharacters() {
        Docx embedded = new Docx(Fixtures.press().render(new RenderRequest(Fixtures.KIND, null, Format.DOCX,
                Fixtures.data(Fixtures.REFERENCE), press.pipeline.RenderOptions.embeddingFonts(true))).bytes());
        NodeList fonts = embedded.nodes("word/fontTable.xml", "//w:font[w:embedRegular]");
        assertTrue(fonts.getLength() >= 3, "body, heading and title fonts at least");
        assertTrue(embedded.value("word/settings.xml", "name(//w:embedTrueTypeFonts)").endsWith("embedTrueTypeFonts"));
        String body = embedded.value(DOCUMENT, "(//w:pStyle[@w:val='body']/../../w:r/w:rPr/w:rFonts/@w:eastAsia)[1]");
        assertTrue(body.matches("FandolFang R [A-Z]{6}"), "the subset's own name: " + body);
        String id = embedded.value("word/fontTable.xml", "//w:font[@w:name='" + body + "']/w:embedRegular/@r:id");
        String target = embedded.value("word/_rels/fontTable.xml.rels", "//*[@Id='" + id + "']/@Target");
        assertTrue(embedded.bytes("word/" + target).length < 400_000, "a subset, not the whole font");
        assertEquals("true", embedded.value("word/fontTable.xml", "//w:font[@w:name='" + body + "']/w:embedRegular/@w:subsetted"));
        OpenTypeFont subset = embeddedFont(embedded, body);
        for (char c : "全州共受理各类行政审批和公共服务事项，。".toCharArray()) {
            assertTrue(subset.covers(c), "embedded FandolFang lacks " + c);
        }
        assertEquals(body, subset.familyName(), "Word loads the font by the name inside it");
        String numbers = embedded.value("word/footer1.xml", "(//w:rFonts/@w:eastAsia)[1]");
        OpenTypeFont footer = embeddedFont(embedded, numbers);
        for (char c : "0123456789—".toCharArray()) {
            assertTrue(footer.covers(c), "the embedded " + numbers + " cannot draw '" + c + "' of a PAGE field");
        }
    }

    /**
     * LibreOffice keeps an embedded font in a file named after it and takes a file of that name
     * from an earlier document as this one's: a subset named after its bytes is never another's.
     */
    @Test
    void eachSubsetIsNamedAfterItsOwnCharacters() {
        String query = "(//w:pStyle[@w:val='body']/../../w:r/w:rPr/w:rFonts/@w:eastAsia)[1]";
        String reference = embeddedDocx("aba-2020-05", Fixtures.KIND).value(DOCUMENT, query);
        assertEquals(reference, embeddedDocx("aba-2020-05", Fixtures.KIND).value(DOCUMENT, query), "the same subset, the same name");
        String other = embeddedDocx("wenchuan-2020-06", "generic-bulletin").value(DOCUMENT, query);
        assertTrue(other.startsWith("FandolFang R "), other);
        assertFalse(reference.equals(other), "another document's subset, another name: " + reference);
    }

    private static Docx embeddedDocx(String fixture, String kind) {
        return new Docx(Fixtures.press().render(new RenderRequest(kind, null, Format.DOCX, Fixtures.data(fixture),
                press.pipeline.RenderOptions.embeddingFonts(true))).bytes());
    }

    private static OpenTypeFont embeddedFont(Docx docx, String name) {
        String key = docx.value("word/fontTable.xml", "//w:font[@w:name='" + name + "']/w:embedRegular/@w:fontKey");
        String id = docx.value("word/fontTable.xml", "//w:font[@w:name='" + name + "']/w:embedRegular/@r:id");
        assertFalse(key.isEmpty(), name + " is not embedded");
        String target = docx.value("word/_rels/fontTable.xml.rels", "//*[@Id='" + id + "']/@Target");
        return OpenTypeFont.parse(DocxFontEmbedding.obfuscate(docx.bytes("word/" + target), key), 0);
    }

    /**
     * A document whose last attachment is a landscape table ends with its closing block on a
     * portrait section of its own, as the PDF prints it: upright in the bound document.
     */
    @Test
    void aClosingBlockAfterALandscapeAttachmentStandsOnAPortraitSectionOfItsOwn() {
        tools.jackson.databind.node.ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ((tools.jackson.databind.node.ObjectNode) data.path("attachments").get(0).path("blocks").get(0).path("table"))
                .put("orientation", "landscape");
        Docx docx = new Docx(Fixtures.press().render(new RenderRequest("generic-bulletin", null, Format.DOCX, data)).bytes());
        String lastSection = "/w:document/w:body/w:sectPr";
        assertEquals("portrait", docx.value(DOCUMENT, lastSection + "/w:pgSz/@w:orient"));
        String previous = "(//w:p/w:pPr/w:sectPr)[last()]";
        assertEquals("landscape", docx.value(DOCUMENT, previous + "/w:pgSz/@w:orient"), "the attachment's section");
        assertTrue(docx.number(DOCUMENT, "count(//w:p[w:pPr/w:sectPr][last()]/following::w:tbl)") >= 1,
                "the closing block's table comes after the landscape section");
        assertTrue(docx.value(DOCUMENT, "//w:p[w:pPr/w:sectPr][last()]/following::w:tbl[1]").contains("汶川县政务服务和大数据局"));
    }
}
