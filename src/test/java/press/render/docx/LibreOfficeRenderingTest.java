package press.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import press.testing.LibreOffice;
import press.testing.SeedUnits;

/**
 * The DOCX as LibreOffice lays it out (converted to PDF with every installed font hidden, as on
 * a machine without CJK fonts): all of the seed is there, and with embedded fonts it is drawn in
 * the bundled fonts.
 */
@Tag("slow")
class LibreOfficeRenderingTest {

    @TempDir
    static Path folder;

    private static ExtractedPdf plain;
    private static ExtractedPdf embedded;
    private static ExtractedPdf gongwen;
    /** Our own PDF of the 公文, whose lines hold more than 28 characters where they compress punctuation. */
    private static ExtractedPdf ourGongwen;
    private static press.testing.PdfGeometry embeddedGeometry;

    @BeforeAll
    static void convert() throws Exception {
        Path plainDocx = folder.resolve("plain.docx");
        Path embeddedDocx = folder.resolve("embedded.docx");
        Files.write(plainDocx, Fixtures.render(Fixtures.data(Fixtures.REFERENCE), Format.DOCX));
        Files.write(embeddedDocx, Fixtures.press().render(new RenderRequest(Fixtures.KIND, null, Format.DOCX,
                Fixtures.data(Fixtures.REFERENCE), press.pipeline.RenderOptions.embeddingFonts(true))).bytes());
        Path gongwenDocx = folder.resolve("gongwen.docx");
        Files.write(gongwenDocx, Fixtures.press().render(new RenderRequest(Fixtures.KIND, "gongwen", Format.DOCX,
                Fixtures.data(Fixtures.REFERENCE), press.pipeline.RenderOptions.embeddingFonts(true))).bytes());
        List<Path> pdfs = LibreOffice.toPdf(List.of(plainDocx, embeddedDocx, gongwenDocx), folder, true);
        plain = new ExtractedPdf(Files.readAllBytes(pdfs.get(0)));
        embedded = new ExtractedPdf(Files.readAllBytes(pdfs.get(1)));
        embeddedGeometry = new press.testing.PdfGeometry(Files.readAllBytes(pdfs.get(1)));
        gongwen = new ExtractedPdf(Files.readAllBytes(pdfs.get(2)));
        ourGongwen = new ExtractedPdf(Fixtures.press().render(new RenderRequest(Fixtures.KIND, "gongwen", Format.PDF,
                Fixtures.data(Fixtures.REFERENCE), press.pipeline.RenderOptions.embeddingFonts(true))).bytes());
    }

    @Test
    void everySentenceTableRowAndClosingLineOfTheSeedSurvivesLibreOffice() {
        List<SeedUnits.Unit> units = SeedUnits.of(Fixtures.seed());
        assertEquals(List.of(), SeedUnits.missing(units, plain));
        assertEquals(List.of(), SeedUnits.missing(units, embedded));
        assertEquals(List.of(), SeedUnits.missingBeyondTheStandard(units, gongwen, false), "the 公文 variant too");
    }

    /** Latin text is English in styles.xml: with zh-CN there too, LibreOffice broke "6105|6", "20|20年". */
    @Test
    void noNumberIsSplitAcrossLines() {
        for (ExtractedPdf pdf : List.of(plain, embedded, gongwen)) {
            assertNoNumberSplit(pdf);
        }
    }

    /** No line of prose ends inside a number that the next line goes on with. */
    static void assertNoNumberSplit(ExtractedPdf pdf) {
        List<ExtractedPdf.Line> lines = pdf.positionedLines();
        for (int i = 1; i < lines.size(); i++) {
            ExtractedPdf.Line before = lines.get(i - 1);
            ExtractedPdf.Line after = lines.get(i);
            String end = before.text().strip();
            String start = after.text().strip();
            boolean prose = before.right() - before.left() > 300;
            boolean wrapped = prose && after.page() == before.page() && after.baseline() > before.baseline()
                    && after.baseline() - before.baseline() < 40 && after.left() < before.left() + 40;
            boolean split = !end.isEmpty() && !start.isEmpty()
                    && (Character.isDigit(end.charAt(end.length() - 1)) || end.endsWith("."))
                    && (Character.isDigit(start.charAt(0)) || start.startsWith("%") || start.startsWith("年"));
            assertTrue(!wrapped || !split, "a number split across lines: " + end + " | " + start);
        }
    }

    /** GB/T 9704 keeps a landscape page's number where the portrait page has it: the sheet's left edge, turned. */
    @Test
    void aLandscapePagesNumberStandsTurnedAtThePortraitFoot() {
        int turned = 0;
        for (int page = 1; page <= embeddedGeometry.pageCount(); page++) {
            if (embeddedGeometry.pageWidth(page) <= embeddedGeometry.pageHeight(page)) {
                continue;
            }
            String digits = Integer.toString(page);
            List<press.testing.PdfGeometry.Glyph> number = embeddedGeometry.glyphs(page).stream()
                    .filter(glyph -> Math.abs(glyph.size() - 14) < 0.5f)
                    .filter(glyph -> glyph.text().equals("—") || glyph.text().equals(digits)).toList();
            assertTrue(number.size() >= 3, "page " + page + " has its number");
            for (press.testing.PdfGeometry.Glyph glyph : number) {
                assertTrue(glyph.inkRight() < 40, "page " + page + ": the number stands at the sheet's left edge");
            }
            press.testing.PdfGeometry.Glyph dash = number.stream().filter(glyph -> glyph.text().equals("—")).findFirst()
                    .orElseThrow();
            assertTrue(dash.inkBottom() - dash.inkTop() > dash.inkRight() - dash.inkLeft(), "the dash is turned");
            turned++;
        }
        assertTrue(turned > 0, "the reference has a landscape page");
    }

    /**
     * The 版记 stands at the foot of the last page in LibreOffice too (in the flow, after a blank
     * that takes it to half a body line above our place): its last rule within 5 mm of the text
     * block's bottom edge, and the imprint on one line.
     */
    @Test
    void theClosingBlockStandsAtTheFootOfTheLastPage() {
        int last = embeddedGeometry.pageCount();
        float lowest = 0;
        for (press.testing.PdfGeometry.Stroke rule : embeddedGeometry.strokes(last)) {
            if (rule.horizontal() && rule.length() > 150) {
                lowest = Math.max(lowest, rule.y1());
            }
        }
        assertTrue(lowest > 262 - 5 && lowest <= 262 + 0.5f, "the last rule at " + lowest + " mm, the text block ends at 262");
        assertTrue(embedded.page(last).lines().anyMatch(line -> line.replaceAll("\\s", "").contains("2020年6月10日印")),
                "the imprint on one line");
    }

    /**
     * GB/T 9704's grid in LibreOffice's layout of the 公文 DOCX: a full body page holds 22 lines
     * (one ends a line or two early where a heading or a paragraph's last lines go on to the next)
     * and a full line of CJK 28 characters (3号 at −0.25 pt, as the PDF sets it at
     * −0.22 pt), or more where our PDF's line holds more by compressing its punctuation (the
     * DOCX tightens that line's spacing). A line whose next character may not begin a line
     * carries one down and holds 27: LibreOffice hangs no punctuation and, with condensed spacing
     * and hanging forbidden (w:overflowPunct off), it dropped the mark instead, so the DOCX allows
     * hanging, as Word's Chinese default does.
     */
    @Test
    void theGongwenBodyFillsPagesOf22LinesOf28Characters() {
        int attachments = 1;
        while (attachments <= gongwen.pageCount() && !gongwen.page(attachments).contains("附件：")) {
            attachments++;
        }
        assertTrue(attachments > 3, "the body runs over several pages before the 附件说明 on page " + attachments);
        Set<String> ours = new HashSet<>();
        for (int page = 1; page <= ourGongwen.pageCount(); page++) {
            ourGongwen.page(page).lines().map(line -> line.replaceAll("\\s", "")).forEach(ours::add);
        }
        int full = 0;
        int fullPages = 0;
        for (int page = 2; page < attachments; page++) {
            List<String> lines = gongwen.page(page).lines().map(line -> line.replaceAll("\\s", ""))
                    .filter(line -> !line.isEmpty() && !line.matches("—\\d+—")).toList();
            // a page ends a line early where a paragraph's last lines or a heading go on together, and
            // before the 附件说明 LibreOffice carries the whole paragraph that keeps with it
            int least = page == attachments - 1 ? 1 : 20;
            assertTrue(lines.size() <= 22 && lines.size() >= least, "page " + page + " holds " + lines.size() + ": " + lines);
            fullPages += lines.size() == 22 ? 1 : 0;
            for (String line : lines) {
                if (line.codePoints().allMatch(c -> c >= 0x2E80)) {
                    assertTrue(line.length() <= 28 || ours.contains(line), "more than 28 characters, not as ours: " + line);
                    full += line.length() == 28 ? 1 : 0;
                }
            }
        }
        assertTrue(full >= 10, "full lines of 28 CJK characters: " + full);
        // ours fills pages 2 and 4; on page 4 LibreOffice's space beside digits (README) sets a
        // paragraph a line longer, and keeping two lines together leaves the page a line short
        assertTrue(fullPages >= 1, "pages of 22 lines: " + fullPages);
    }

    @Test
    void withEmbeddedFontsLibreOfficeDrawsInTheBundledFontsAlone() {
        assertTrue(embedded.fonts().stream().anyMatch(name -> name.contains("NotoSerifCJK")), embedded.fonts().toString());
        assertTrue(embedded.fonts().stream().noneMatch(name -> name.contains("DejaVu") || name.contains("Liberation")),
                "no installed font is used: " + embedded.fonts());
        assertEquals(List.of(), embedded.unembeddedFonts());
    }

    @Test
    void theStructureMatchesThePdfs() {
        assertEquals(10, embedded.pageCount());
        int landscape = 0;
        for (int page = 1; page <= embedded.pageCount(); page++) {
            if (embedded.isLandscape(page)) {
                landscape++;
                assertTrue(embedded.page(page).contains("附件2"), "only the ranking table is landscape");
            }
        }
        assertEquals(1, landscape);
        for (int page = 1; page <= embedded.pageCount(); page++) {
            assertTrue(embedded.page(page).contains("— " + page + " —"), "page " + page + " has its number");
        }
        String last = SeedUnits.normalize(embedded.page(embedded.pageCount()));
        assertTrue(last.contains("姓名") && last.contains("请假") && last.contains("2020年6月10日印"),
                "the last page repeats the table header and ends with the closing block: " + last);
    }
}
