package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 版记 of a double-sided 公文 falls on an even last page whatever the length of what comes
 * before it (GB/T 9704-2012 §7.4, §7.5): the attendance appendix is cut row by row until the
 * 版记 needs a blank page before it, and in every length the blank page and the 版记 page after
 * it carry no page number, while a 版记 page that follows a page with text keeps its number.
 */
@Tag("slow")
class GongwenLastPageTest {

    @Test
    void theClosingLandsOnAnEvenPageAndABlankPageBeforeItCarriesNoNumber() {
        ObjectNode reference = Fixtures.data(Fixtures.REFERENCE);
        int rows = reference.path("appendices").path("attendance").path("rows").size();
        int blanks = 0;
        int numbered = 0;
        for (int keep = rows; keep >= rows - 40 && keep > 0 && blanks < 2; keep -= 1) {
            ObjectNode data = reference.deepCopy();
            ArrayNode attendance = (ArrayNode) data.path("appendices").path("attendance").path("rows");
            while (attendance.size() > keep) {
                attendance.remove(attendance.size() - 1);
            }
            PdfGeometry pdf = new PdfGeometry(Fixtures.press().render(new RenderRequest(Fixtures.KIND, "gongwen",
                    Format.PDF, data)).bytes());
            int last = pdf.pageCount();
            assertEquals(0, last % 2, keep + " rows: the 版记 is on page " + last);
            boolean blank = pdf.glyphs(last - 1).isEmpty() && pdf.strokes(last - 1).isEmpty();
            if (blank) {
                blanks++;
                assertTrue(GongwenGeometryTest.pageNumber(pdf, last).isEmpty(), keep + " rows: the 版记 page has no number");
            } else {
                numbered += GongwenGeometryTest.pageNumber(pdf, last).isEmpty() ? 0 : 1;
            }
        }
        assertTrue(blanks > 0, "some length needs a blank page before the 版记");
        assertTrue(numbered > 0, "some length puts the 版记 on a page after text, numbered");
    }
}
