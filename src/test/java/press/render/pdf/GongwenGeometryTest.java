package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;

/**
 * The 公文 variant measured on its PDF: the text block where GB/T 9704 puts it (top 37 mm,
 * left 28 mm, 156 mm wide), 28 characters of 3号 to a line and 22 lines to a full page, each
 * line centred in its band of the grid.
 */
class GongwenGeometryTest {

    private static final float MM = 72f / 25.4f;
    private static final float TOLERANCE = 0.5f * MM;
    private static final float BODY = 16;
    private static final float PITCH = 225 * MM / 22;

    private final ExtractedPdf pdf = new ExtractedPdf(Fixtures.press().render(new RenderRequest(Fixtures.KIND, "gongwen",
            Format.PDF, Fixtures.data(Fixtures.REFERENCE))).bytes());

    private List<ExtractedPdf.Line> lines(int page) {
        return pdf.positionedLines().stream()
                .filter(line -> line.page() == page && !line.text().strip().matches("— \\d+ —"))
                .toList();
    }

    /** The body pages (2 to 5) all hold body text; a full one is where a paragraph runs on to the next page. */
    private List<ExtractedPdf.Line> bodyLines() {
        int fullest = 2;
        for (int page = 2; page <= 5; page++) {
            if (lines(page).size() > lines(fullest).size()) {
                fullest = page;
            }
        }
        return lines(fullest);
    }

    @Test
    void aFullPageHoldsTwentyTwoLinesAndNoPageMore() {
        assertEquals(22, bodyLines().size());
        for (int page = 2; page <= 5; page++) {
            assertTrue(lines(page).size() <= 22, "page " + page + " has " + lines(page).size() + " lines");
        }
    }

    @Test
    void eachLineIsCentredInItsBandOfTheGridFromTheTopOfTheTextBlock() {
        List<ExtractedPdf.Line> lines = bodyLines();
        for (int k = 0; k < lines.size(); k++) {
            float emTop = lines.get(k).baseline() - 0.88f * BODY;
            float bandTop = 37 * MM + k * PITCH;
            assertEquals(bandTop + (PITCH - BODY) / 2, emTop, TOLERANCE, "line " + (k + 1) + ": " + lines.get(k).text());
        }
        assertTrue(lines.get(lines.size() - 1).baseline() < (297 - 35) * MM, "the last line stays in the text block");
    }

    @Test
    void linesSpanTheTextBlockAndHoldTwentyEightCharacters() {
        int full = 0;
        for (ExtractedPdf.Line line : bodyLines()) {
            String text = line.text().strip();
            boolean wide = text.codePoints().allMatch(c -> c >= 0x2E80);
            if (line.left() < 28 * MM + 3 * MM) {
                assertEquals(28 * MM, line.left(), TOLERANCE, "left edge of " + text);
            }
            if (wide && text.codePointCount(0, text.length()) == 28) {
                full++;
                assertEquals((210 - 26) * MM, line.right(), TOLERANCE, "right edge of " + text);
            }
            assertTrue(text.codePoints().filter(c -> c >= 0x2E80).count() <= 28, "more than 28 characters: " + text);
        }
        assertTrue(full >= 10, "most lines of a full page are full lines of 28 characters, found " + full);
    }
}
