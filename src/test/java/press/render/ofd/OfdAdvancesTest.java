package press.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import press.render.compose.GlyphForm;
import press.render.page.GlyphRun;
import press.render.page.Page;
import press.render.page.PageItem;
import press.render.page.PagedDocument;
import press.render.page.PlacedChart;
import press.render.page.TextLine;
import press.testing.Fixtures;
import press.testing.FixtureVariant;

/**
 * Every glyph of our OFD stands where the page model's composed advances put it, the advances
 * measured by Apache FontBox in the embedded font: from one glyph to the next along its line,
 * the glyph's advance in that font at the run's size, less the half em a compressed mark gives
 * up, plus the run's spacing, times its horizontal scale — within 5 µm (an advance is stated in
 * thousandths of an em; positions are written to the micrometre). Shaped clusters, placed by
 * the JDK's shaping, are left out.
 */
class OfdAdvancesTest {

    private static final double MM = 25.4 / 72;
    private static final double TOLERANCE = 0.005;

    /** A character the model places: its line, and where along the line (points) the writer must draw it. */
    private record Placed(int codePoint, int line, double along, double angle) {
    }

    @TestFactory
    Stream<DynamicTest> everyGlyphIsWhereTheFontsAdvancesPutIt() {
        return OfdSamples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.toString(), () -> check(sample)));
    }

    private static void check(FixtureVariant sample) throws IOException {
        OfdFile ofd = new OfdFile(OfdSamples.ofd(sample));
        PagedDocument document = Fixtures.press().pages(sample.kind(), sample.kind().variant(sample.variant()).orElseThrow(),
                sample.data());
        Map<Long, TrueTypeFont> fonts = new HashMap<>();
        ofd.fonts().forEach((id, font) -> fonts.put(id, OfdFontCheck.parse(font)));
        List<OfdFile.PageRef> pages = ofd.pages();
        assertEquals(document.pages().size(), pages.size(), "pages");
        List<String> wrong = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<OfdGlyphs.Glyph> glyphs = OfdGlyphs.of(ofd, pages.get(p)).stream().filter(g -> g.glyph() < 0).toList();
            List<Placed> placed = placed(document.pages().get(p), glyphs, fonts);
            assertEquals(placed.size(), glyphs.size(), "page " + (p + 1) + ": glyphs drawn against characters placed");
            for (int i = 0; i < placed.size(); i++) {
                assertEquals(Character.toString(placed.get(i).codePoint()), glyphs.get(i).text(), "page " + (p + 1));
                if (i == 0 || placed.get(i).line() != placed.get(i - 1).line()) {
                    continue;
                }
                double turn = Math.toRadians(placed.get(i).angle());
                double actual = (glyphs.get(i).x() - glyphs.get(i - 1).x()) * Math.cos(turn)
                        - (glyphs.get(i).y() - glyphs.get(i - 1).y()) * Math.sin(turn);
                double expected = (placed.get(i).along() - placed.get(i - 1).along()) * MM;
                if (Math.abs(actual - expected) > TOLERANCE) {
                    wrong.add(String.format("page %d: %s after %s at %.4f mm, the font's advances say %.4f", p + 1,
                            glyphs.get(i).text(), glyphs.get(i - 1).text(), actual, expected));
                }
            }
        }
        assertEquals(List.of(), wrong.stream().limit(20).toList(), wrong.size() + " glyphs out of place");
    }

    /**
     * The page's characters in painting order, each where the model's runs put it, advances
     * from the font FontBox reads for the glyph drawn at the same place in the OFD.
     */
    private static List<Placed> placed(Page page, List<OfdGlyphs.Glyph> glyphs, Map<Long, TrueTypeFont> fonts)
            throws IOException {
        List<Placed> placed = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        page.items().forEach(item -> lines(item, lines));
        for (int l = 0; l < lines.size(); l++) {
            TextLine line = lines.get(l);
            double start = 0;
            for (GlyphRun run : line.runs()) {
                double pen = start;
                start += run.width();
                if (run.form() == GlyphForm.CLUSTER) {
                    continue;
                }
                for (int c : run.text().codePoints().toArray()) {
                    TrueTypeFont font = placed.size() < glyphs.size() ? fonts.get(glyphs.get(placed.size()).font()) : null;
                    double whole = font == null ? 0 : font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(c))
                            * run.size() / (double) font.getUnitsPerEm();
                    double shift = run.form() == GlyphForm.RIGHT_HALF ? whole / 2 * run.scale() : 0;
                    placed.add(new Placed(c, l, pen - shift, line.angle()));
                    pen += (whole * run.form().share() + run.spacing()) * run.scale();
                }
            }
        }
        return placed;
    }

    private static void lines(PageItem item, List<TextLine> lines) {
        switch (item) {
            case TextLine line -> lines.add(line);
            case PlacedChart chart -> chart.drawing().forEach(drawn -> lines(drawn, lines));
            default -> {
            }
        }
    }
}
