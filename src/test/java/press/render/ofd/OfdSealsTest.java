package press.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;

/**
 * OFD has no blend modes: the seals the PDF multiplies with the 署名 and date lie under them in
 * a background layer, before the body layer, so a reader draws the text over their red.
 */
class OfdSealsTest {

    @Test
    void aJointDocumentsSealsLieInABackgroundLayerUnderTheText() {
        byte[] ofd = Fixtures.press().render(new RenderRequest("official-document", "wenjian", Format.OFD,
                Fixtures.data("yunling-notice-2026-11"))).bytes();
        OfdFile file = new OfdFile(ofd);
        int sealed = 0;
        for (OfdFile.PageRef page : file.pages()) {
            Element content = (Element) file.xml(page.content()).getDocumentElement()
                    .getElementsByTagNameNS(OfdFile.OFD, "Content").item(0);
            List<Element> layers = OfdFile.children(content, "Layer");
            for (int i = 0; i < layers.size(); i++) {
                boolean background = layers.get(i).getAttribute("Type").equals("Background");
                int pictures = OfdFile.children(layers.get(i), "ImageObject").size();
                if (background) {
                    assertEquals(0, i, "the background layer comes first");
                    sealed += pictures;
                } else {
                    assertEquals(0, pictures, "no seal in the body layer over the text");
                }
            }
        }
        assertTrue(sealed == 2, "both organs' seals: " + sealed);
    }
}
