package press.render.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.testing.FixtureVariant;

/**
 * The OFD package as a file: the same data give the same bytes (entries in a fixed order,
 * dated from the data), the entry file first, the document's page area A4 portrait and a
 * landscape page its own, its information from the data, and no more than a fifth larger than
 * the PDF of the same data (issue 28's bound).
 */
class OfdPackageTest {

    private static FixtureVariant reference() {
        return OfdSamples.all().stream().filter(sample -> sample.fixture().equals("aba-2020-05")).findFirst().orElseThrow();
    }

    @Test
    void twoRendersOfTheSameDataAreTheSameBytes() {
        FixtureVariant sample = reference();
        byte[] first = sample.render(Format.OFD, RenderOptions.NONE);
        byte[] second = sample.render(Format.OFD, RenderOptions.NONE);
        assertArrayEquals(first, second);
        assertArrayEquals(sample.render(Format.OFD, RenderOptions.NONE.forArchive()),
                sample.render(Format.OFD, RenderOptions.NONE.forArchive()));
    }

    @Test
    void theEntryFileComesFirstAndEveryEntryIsDatedFromTheData() {
        OfdFile ofd = new OfdFile(OfdSamples.ofd(reference()));
        assertEquals("OFD.xml", ofd.names().get(0));
        String created = OfdFile.text(OfdFile.first(OfdFile.first(OfdFile.first(ofd.xml("OFD.xml").getDocumentElement(),
                "DocBody"), "DocInfo"), "CreationDate"));
        for (String name : ofd.names()) {
            LocalDateTime time = ofd.zipEntry(name).getTimeLocal();
            assertEquals(created, time.toLocalDate().toString(), name);
        }
    }

    @Test
    void theDocumentsInformationComesFromItsData() {
        OfdFile ofd = new OfdFile(OfdSamples.ofd(reference()));
        var info = OfdFile.first(OfdFile.first(ofd.xml("OFD.xml").getDocumentElement(), "DocBody"), "DocInfo");
        assertTrue(OfdFile.text(OfdFile.first(info, "Title")).contains("政务服务"), OfdFile.text(OfdFile.first(info, "Title")));
        List<String> custom = OfdFile.children(OfdFile.first(info, "CustomDatas"), "CustomData").stream()
                .map(data -> data.getAttribute("Name") + "=" + OfdFile.text(data)).toList();
        assertTrue(custom.contains("kind=gov-service-monthly"), custom.toString());
        assertTrue(custom.contains("variant=" + reference().variant()), custom.toString());
        assertTrue(custom.stream().anyMatch(entry -> entry.startsWith("period=2020")), custom.toString());
    }

    @Test
    void everyFixturesOfdIsAtMostAFifthLargerThanItsPdf() {
        for (FixtureVariant sample : OfdSamples.all()) {
            int ofd = OfdSamples.ofd(sample).length;
            int pdf = OfdSamples.pdf(sample).length;
            assertTrue(ofd <= pdf * 1.2, sample + ": OFD " + ofd + " bytes, PDF " + pdf);
        }
    }

    @Test
    void pagesAreA4AndALandscapePageHasItsOwnArea() {
        boolean landscape = false;
        for (FixtureVariant sample : OfdSamples.all()) {
            for (OfdFile.PageRef page : new OfdFile(OfdSamples.ofd(sample)).pages()) {
                boolean wide = Math.abs(page.width() - 297) < 0.01 && Math.abs(page.height() - 210) < 0.01;
                boolean tall = Math.abs(page.width() - 210) < 0.01 && Math.abs(page.height() - 297) < 0.01;
                assertTrue(wide || tall, sample + ": a page of " + page.width() + " × " + page.height() + " mm");
                landscape |= wide;
            }
        }
        assertTrue(landscape, "some fixture has a landscape table page");
    }
}
