package press.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.testing.Docx;
import press.testing.Fixtures;

/**
 * What Word and WPS read before the text: the document's properties, the compatibility mode,
 * the languages (Latin text English, so no program breaks inside a number), and outline levels
 * for the navigation pane.
 */
class DocxPropertiesTest {

    private static final Docx DOCX = new Docx(Fixtures.render(Fixtures.data(Fixtures.REFERENCE), Format.DOCX));

    @Test
    void theDocumentSaysItsTitleSubjectAuthorKeywordsAndDate() {
        assertEquals("全州政务服务工作概况", DOCX.text("docProps/core.xml").replaceAll("(?s).*<dc:title>(.*?)</dc:title>.*", "$1"));
        String core = DOCX.text("docProps/core.xml");
        assertTrue(core.contains("<dc:creator>阿坝州政府政务服务中心办公室</dc:creator>"), core);
        assertTrue(core.contains("<dc:subject>阿坝州 2020-05</dc:subject>"), core);
        assertTrue(core.contains("<cp:keywords>阿坝州 2020-05</cp:keywords>"), core);
        assertTrue(core.contains("xsi:type=\"dcterms:W3CDTF\">2020-06-10T00:00:00Z</dcterms:created>"), core);
    }

    @Test
    void wordOpensItInItsOwnModeWithLatinTextInEnglish() {
        assertEquals("15", DOCX.value("word/settings.xml", "//w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val"));
        assertEquals("en-US", DOCX.value("word/styles.xml", "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"));
        assertEquals("zh-CN", DOCX.value("word/styles.xml", "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:eastAsia"));
    }

    @Test
    void headingsAndAppendicesCarryOutlineLevels() {
        assertEquals("0", DOCX.value("word/styles.xml", "//w:style[@w:styleId='heading1']/w:pPr/w:outlineLvl/@w:val"));
        assertEquals("1", DOCX.value("word/styles.xml", "//w:style[@w:styleId='heading2']/w:pPr/w:outlineLvl/@w:val"));
        assertEquals("0", DOCX.value("word/styles.xml", "//w:style[@w:styleId='appendixTitle']/w:pPr/w:outlineLvl/@w:val"));
    }
}
