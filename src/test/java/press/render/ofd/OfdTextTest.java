package press.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import press.pipeline.Format;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import press.testing.SeedUnits;

/**
 * The text a reader takes from our OFD, TextCode by TextCode in the order they are written:
 * the reference's every sentence, table row and closing line, in reading order; and on every
 * page of every fixture and variant the same characters as PDFBox reads from the PDF's page.
 */
class OfdTextTest {

    @Test
    void theReferencesEveryUnitIsInItsOfdInReadingOrder() {
        OfdFile ofd = new OfdFile(Fixtures.render(Fixtures.data(Fixtures.REFERENCE), Format.OFD));
        List<String> lines = new ArrayList<>();
        for (OfdFile.PageRef page : ofd.pages()) {
            lines.addAll(OfdGlyphs.lines(OfdGlyphs.of(ofd, page)));
        }
        String text = String.join("\n", lines);
        List<SeedUnits.Unit> units = SeedUnits.of(Fixtures.seed());
        assertEquals(201, units.size(), "the seed's units");
        assertEquals(List.of(), SeedUnits.missing(units, text, lines));
        // the page numbers (artifacts) stand between a sentence's two halves across a page break; fidelity drops them too
        String reading = SeedUnits.normalize(text.replaceAll("(?m)^\\s*[—–-]+\\s*\\d+\\s*[—–-]+\\s*$", ""));
        int at = 0;
        for (SeedUnits.Unit unit : units) {
            if (!unit.kind().equals("prose") && !unit.kind().equals("row")) {
                continue;
            }
            String wanted = SeedUnits.normalize(String.join("", unit.parts()));
            int found = reading.indexOf(wanted, at);
            assertTrue(found >= 0, "not read in order after position " + at + ": " + unit);
            at = found + wanted.length();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageHoldsTheCharactersOfThePdfsPage() {
        return OfdSamples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.toString(), () -> {
            OfdFile ofd = new OfdFile(OfdSamples.ofd(sample));
            ExtractedPdf pdf = new ExtractedPdf(OfdSamples.pdf(sample));
            List<OfdFile.PageRef> pages = ofd.pages();
            assertEquals(pdf.pageCount(), pages.size(), sample + ": pages");
            for (int p = 0; p < pages.size(); p++) {
                String drawn = String.join("", OfdGlyphs.lines(OfdGlyphs.of(ofd, pages.get(p))));
                assertEquals(sorted(pdf.page(p + 1)), sorted(drawn), sample + " page " + (p + 1));
            }
        }));
    }

    /** The characters without white space, in code point order: what two readers agree on whatever order they read in. */
    private static String sorted(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0xA0).sorted().forEach(out::appendCodePoint);
        return out.toString();
    }
}
