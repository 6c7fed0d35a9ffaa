package press.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The golden comparison of document.xml: structure and text count, indentation does not. */
class XmlTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @Test
    void indentationBetweenElementsDoesNotCount() {
        assertTrue(Xml.sameDocument("<w:p " + W + "><w:r><w:t>正文</w:t></w:r></w:p>",
                "<w:p " + W + ">\n  <w:r>\n    <w:t>正文</w:t>\n  </w:r>\n</w:p>\n"));
    }

    @Test
    void textAttributesAndASpaceInsideARunDo() {
        String golden = "<w:p " + W + "><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>";
        assertFalse(Xml.sameDocument(golden, "<w:p " + W + "><w:r><w:t xml:space=\"preserve\"></w:t></w:r></w:p>"));
        assertFalse(Xml.sameDocument("<w:p " + W + "><w:r><w:t>甲</w:t></w:r></w:p>",
                "<w:p " + W + "><w:r><w:t>乙</w:t></w:r></w:p>"));
        assertFalse(Xml.sameDocument("<w:jc " + W + " w:val=\"left\"/>", "<w:jc " + W + " w:val=\"right\"/>"));
        assertFalse(Xml.sameDocument(golden, "not xml"));
    }
}
