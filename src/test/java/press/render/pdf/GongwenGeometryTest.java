package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.OfficialData;
import press.testing.PdfGeometry.Glyph;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 公文 (文件 format) measured on its PDF against GB/T 9704-2012, within 0.5 mm: glyphs' em
 * boxes, inked dashes and rules as PDFBox reads them from the file. Every check runs on the
 * reference data as it is and dressed with every optional element (份号, 密级, 紧急程度, 主送机关,
 * 附注, a seal).
 */
class GongwenGeometryTest {

    static final float TOLERANCE = 0.5f;
    /** The standard's line pitch: 22 lines in the 225 mm text block. */
    static final float PITCH = 225f / 22;
    static final float TOP = 37;
    static final float BOTTOM = 297 - 35;
    static final float LEFT = 28;
    /** Full-width marks composition may compress. */
    private static final String MARKS = "，。、；：）》」』”’（《「『“‘";
    static final float RIGHT = 210 - 26;
    static final float POINT = 25.4f / 72;
    /** Where a 3号 line's em box starts in its band: the band's top plus half the leading. */
    static final float INSET = (PITCH - 16 * POINT) / 2;

    private static final Map<String, PdfGeometry> RENDERED = new ConcurrentHashMap<>();

    static PdfGeometry render(String data) {
        return RENDERED.computeIfAbsent(data, name -> {
            ObjectNode json = name.equals("reference") ? Fixtures.data(Fixtures.REFERENCE) : OfficialData.withEveryElement();
            return new PdfGeometry(Fixtures.press().render(new RenderRequest(Fixtures.KIND, "gongwen", Format.PDF, json))
                    .bytes());
        });
    }

    private static List<List<Glyph>> lines(PdfGeometry pdf, int page, float size) {
        return pdf.lines(page).stream().filter(line -> Math.abs(line.get(0).size() - size) < 0.1f
                && !PdfGeometry.text(line).isBlank()).toList();
    }

    private static List<Glyph> line(PdfGeometry pdf, int page, String containing) {
        return pdf.lines(page).stream().filter(line -> PdfGeometry.text(line).contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing + " on page " + page));
    }

    private static List<Glyph> mark(PdfGeometry pdf) {
        float largest = 0;
        for (Glyph glyph : pdf.glyphs(1)) {
            largest = Math.max(largest, glyph.size());
        }
        return lines(pdf, 1, largest).get(0);
    }

    private static PdfGeometry.Stroke redRule(PdfGeometry pdf) {
        return pdf.strokes(1).stream().filter(stroke -> stroke.color() == 0xE60012 && stroke.horizontal()).findFirst()
                .orElseThrow(() -> new AssertionError("no red rule on page 1"));
    }

    /** The band of the grid a 3号 line sits in, or -1 when its em box is not centred in one. */
    static int band(Glyph first) {
        float offset = first.emTop() - TOP - INSET;
        int band = Math.round(offset / PITCH);
        return Math.abs(offset - band * PITCH) <= TOLERANCE ? band : -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void theMarksTopIs35MillimetresBelowTheTextBlocksTop(String data) {
        assertEquals(TOP + 35, mark(render(data)).get(0).emTop(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void theDocumentNumberIsTwoLinesUnderTheMarkAndTheRedRuleFourMillimetresUnderIt(String data) {
        PdfGeometry pdf = render(data);
        List<Glyph> number = line(pdf, 1, "〔2020〕");
        assertEquals(mark(pdf).get(0).emBottom() + 2 * PITCH, number.get(0).emTop(), TOLERANCE);
        float middle = (number.get(0).left() + number.get(number.size() - 1).right()) / 2;
        assertEquals((LEFT + RIGHT) / 2, middle, TOLERANCE, "the number is centred");
        PdfGeometry.Stroke rule = redRule(pdf);
        assertEquals(number.get(0).emBottom() + 4, rule.y1(), TOLERANCE);
        assertEquals(LEFT, rule.x1(), TOLERANCE);
        assertEquals(RIGHT, rule.x2(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void theTitleIsTwoLinesUnderTheRuleAndTheBodyOneLineUnderTheTitleOnTheGrid(String data) {
        PdfGeometry pdf = render(data);
        List<List<Glyph>> title = lines(pdf, 1, 22);
        assertEquals(redRule(pdf).y1() + 2 * PITCH, title.get(0).get(0).emTop(), TOLERANCE);
        List<Glyph> first = lines(pdf, 1, 16).stream().filter(line -> line.get(0).emTop() > title.get(0).get(0).emTop())
                .findFirst().orElseThrow();
        int band = band(first.get(0));
        assertTrue(band >= 0, "the first line under the title is on the grid: " + PdfGeometry.text(first));
        float gap = first.get(0).emTop() - title.get(title.size() - 1).get(0).emBottom();
        assertTrue(gap >= PITCH - TOLERANCE && gap < 2 * PITCH, "one blank line under the title, found " + gap + " mm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void theNoticesStandTopLeftOnTheFirstLinesInTheStandardsOrder(String data) {
        PdfGeometry pdf = render(data);
        if (data.equals("reference")) {
            assertTrue(lines(pdf, 1, 16).stream().noneMatch(line -> PdfGeometry.text(line).contains("000123")));
            return;
        }
        List<String> expected = List.of("000123", "秘密★1年", "特急");
        for (int i = 0; i < expected.size(); i++) {
            List<Glyph> notice = line(pdf, 1, expected.get(i));
            assertEquals(i, band(notice.get(0)), expected.get(i) + " on line " + (i + 1));
            assertEquals(LEFT, notice.get(0).left(), TOLERANCE, expected.get(i) + " flush left");
        }
    }

    /** Every 3号 line of the body pages sits in a band of the grid; a page the body fills holds 22. */
    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void everyBodyLineIsOnTheGridOfTwentyTwoLinesOnEveryPageIncludingTheFirst(String data) {
        PdfGeometry pdf = render(data);
        int full = 0;
        for (int page = 1; page <= bodyPages(pdf); page++) {
            float below = page == 1 ? redRule(pdf).y1() + 2 * PITCH : 0;
            List<List<Glyph>> body = lines(pdf, page, 16).stream().filter(line -> line.get(0).emTop() > below).toList();
            for (List<Glyph> line : body) {
                assertTrue(band(line.get(0)) >= 0, "page " + page + " off the grid: " + PdfGeometry.text(line));
            }
            assertTrue(body.size() <= 22, "page " + page + " has " + body.size() + " lines");
            full += body.size() == 22 ? 1 : 0;
        }
        assertTrue(full >= 2, "the body fills pages of 22 lines, found " + full);
    }

    /**
     * A full line of CJK holds 28 characters from edge to edge, a punctuation mark that gave up
     * the blank half of its em (CLREQ's compression: "》，" side by side, or a mark at the line's
     * end squeezed in rather than carried down) counting as half. A line with punctuation may
     * be half a character tighter or looser than that: the room a mark gave up goes between its
     * characters, as does the half em a line took in rather than carry a character down.
     */
    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void aFullLineOfCjkHoldsTwentyEightCharactersFromEdgeToEdge(String data) {
        PdfGeometry pdf = render(data);
        int full = 0;
        for (int page = 1; page <= bodyPages(pdf); page++) {
            for (List<Glyph> line : lines(pdf, page, 16)) {
                String text = PdfGeometry.text(line).strip();
                float slots = slots(line);
                boolean punctuated = text.codePoints().anyMatch(c -> MARKS.indexOf(c) >= 0);
                assertTrue(slots <= (punctuated ? 28.5f : 28), "more than 28 characters: " + text);
                boolean cjk = text.codePoints().allMatch(c -> c >= 0x2E80);
                if (cjk && line.get(0).left() < LEFT + TOLERANCE && line.get(line.size() - 1).right() > RIGHT - TOLERANCE) {
                    if (punctuated) {
                        assertTrue(slots >= 27.5f, "a full line: " + text);
                    } else {
                        assertEquals(28, slots, 0.01f, "a full line: " + text);
                    }
                    full++;
                }
            }
        }
        assertTrue(full >= 10, "full lines of 28 CJK characters, found " + full);
    }

    /**
     * The ems the CJK glyphs of a 3号 line take: a glyph followed closer than three quarters of an
     * em, or at the line's end drawn half an em wide (a compressed mark's half form) or overhanging
     * the edge, took half.
     */
    private static float slots(List<Glyph> line) {
        float slots = 0;
        for (int k = 0; k < line.size(); k++) {
            Glyph glyph = line.get(k);
            if (glyph.text().isBlank() || glyph.text().codePointAt(0) < 0x2E80) {
                continue;
            }
            boolean half = k + 1 < line.size() ? line.get(k + 1).left() - glyph.left() < 0.75f * 16 * POINT
                    : glyph.right() > RIGHT + TOLERANCE || glyph.right() - glyph.left() < 0.75f * 16 * POINT;
            slots += half ? 0.5f : 1;
        }
        return slots;
    }

    /** The 一字线 of "— N —" is inked 7 mm under the text block, the number one 4号 character in from its side. */
    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void thePageNumbersDashesAreSevenMillimetresUnderTheTextBlockOneCharacterIn(String data) {
        PdfGeometry pdf = render(data);
        float character = 14 * POINT;
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<Glyph> number = pageNumber(pdf, page);
            if (number.isEmpty()) {
                continue;
            }
            Glyph dash = number.get(0);
            assertEquals(BOTTOM + 7, (dash.inkTop() + dash.inkBottom()) / 2, TOLERANCE, "page " + page);
            if (page % 2 == 1) {
                assertEquals(RIGHT - character, number.get(number.size() - 1).inkRight(), TOLERANCE, "page " + page);
            } else {
                assertEquals(LEFT + character, dash.inkLeft(), TOLERANCE, "page " + page);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void theClosingIsOnAnEvenLastPageWithItsLastRuleOnTheTextBlocksFoot(String data) {
        PdfGeometry pdf = render(data);
        int last = pdf.pageCount();
        assertEquals(0, last % 2, "the 版记 page is even");
        assertTrue(PdfGeometry.text(line(pdf, last, "抄送")).startsWith("抄送："));
        assertTrue(PdfGeometry.text(line(pdf, last, "印发")).endsWith("日印发"));
        float lowest = 0;
        for (PdfGeometry.Stroke stroke : pdf.strokes(last)) {
            lowest = Math.max(lowest, stroke.y1());
        }
        assertEquals(BOTTOM, lowest, TOLERANCE, "the last rule lies on the text block's bottom edge");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void anAppendixPageHasItsLabelTopLeftOnLineOneAndItsTitleOnLineThree(String data) {
        PdfGeometry pdf = render(data);
        int found = 0;
        for (int page = 1; page <= pdf.pageCount(); page++) {
            for (List<Glyph> line : pdf.lines(page)) {
                String text = PdfGeometry.text(line).strip();
                if (text.matches("附件\\d") && line.get(0).left() < LEFT + TOLERANCE && !landscape(pdf, page)) {
                    assertEquals(0, band(line.get(0)), text + " on line 1");
                    List<List<Glyph>> title = lines(pdf, page, 22);
                    float centre = (title.get(0).get(0).emTop() + title.get(0).get(0).emBottom()) / 2;
                    assertEquals(TOP + 2.5f * PITCH, centre, TOLERANCE, text + "'s title centred on line 3");
                    found++;
                }
            }
            assertTrue(pdf.lines(page).stream().noneMatch(line -> PdfGeometry.text(line).strip().matches("附件\\d：.*")),
                    "no colon after 附件N");
        }
        assertTrue(found >= 2, "portrait appendix pages found: " + found);
    }

    /** Unsealed (§7.3.5.2): the 署名 two characters in from the right, the date under it two characters further right. */
    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void theSignatureAndDateStandWhereTheStandardPutsThem(String data) {
        PdfGeometry pdf = render(data);
        int page = pageWith(pdf, "2020年6月10日", 16);
        List<Glyph> office = lines(pdf, page, 16).stream().filter(line -> PdfGeometry.text(line).equals("阿坝州政府政务服务中心办公室"))
                .reduce((a, b) -> b).orElseThrow();
        List<Glyph> date = line(pdf, page, "2020年6月10日");
        float character = 16 * POINT - 0.22f * POINT;
        assertTrue(band(office.get(0)) >= 0 && band(date.get(0)) == band(office.get(0)) + 1, "署名 and date on the grid");
        if (data.equals("reference")) {
            assertEquals(RIGHT - 2 * character, office.get(office.size() - 1).right(), TOLERANCE);
            assertEquals(office.get(0).left() + 2 * character, date.get(0).left(), TOLERANCE);
            assertTrue(pdf.pictures(page).isEmpty());
        } else {
            assertEquals(RIGHT - 4 * character, date.get(date.size() - 1).right(), TOLERANCE, "date four characters in");
            float dateMiddle = (date.get(0).left() + date.get(date.size() - 1).right()) / 2;
            assertEquals(dateMiddle, (office.get(0).left() + office.get(office.size() - 1).right()) / 2, TOLERANCE);
            PdfGeometry.Picture seal = pdf.pictures(page).get(0);
            assertEquals(42, seal.right() - seal.left(), TOLERANCE, "a 42 mm seal");
            assertEquals(dateMiddle, (seal.left() + seal.right()) / 2, TOLERANCE, "centred on the date");
            float textMiddle = (office.get(0).emTop() + date.get(0).emBottom()) / 2;
            float sealMiddle = (seal.top() + seal.bottom()) / 2;
            assertTrue(sealMiddle < textMiddle && sealMiddle > office.get(0).emTop(),
                    "署名 and date sit a little below the seal's centre");
            float above = lines(pdf, page, 16).stream().filter(line -> line.get(0).emBottom() < office.get(0).emTop())
                    .map(line -> line.get(0).emBottom()).reduce((a, b) -> b).orElseThrow();
            assertTrue(seal.top() - above < PITCH && seal.top() > above, "the seal's top is within a line of the text above");
            assertEquals("（此件公开发布）", PdfGeometry.text(lines(pdf, page, 16).stream()
                    .filter(line -> line.get(0).emTop() > date.get(0).emTop()).findFirst().orElseThrow()));
        }
    }

    /** The 附件说明 and the signature never open a page: the body's last line goes with them. */
    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void theAttachmentNoteStaysWithTheLastLinesOfTheBody(String data) {
        PdfGeometry pdf = render(data);
        int page = pageWith(pdf, "附件：", 16);
        List<List<Glyph>> lines = lines(pdf, page, 16);
        int note = 0;
        while (!PdfGeometry.text(lines.get(note)).startsWith("附件：")) {
            note++;
        }
        assertTrue(note >= 1, "a line of body text stands above the 附件说明 on page " + page);
    }

    /** No page opens with the last line of a paragraph standing alone. */
    @ParameterizedTest
    @ValueSource(strings = {"reference", "every element"})
    void noPageOpensWithAParagraphsLastLineAlone(String data) {
        PdfGeometry pdf = render(data);
        for (int page = 2; page <= bodyPages(pdf); page++) {
            List<List<Glyph>> lines = lines(pdf, page, 16);
            if (lines.size() < 2) {
                continue;
            }
            boolean shortFirst = lines.get(0).get(lines.get(0).size() - 1).right() < RIGHT - 16 * POINT
                    && lines.get(0).get(0).left() < LEFT + TOLERANCE;
            boolean nextStartsParagraph = lines.get(1).get(0).left() > LEFT + TOLERANCE;
            assertFalse(shortFirst && nextStartsParagraph, "page " + page + " opens with a widow: "
                    + PdfGeometry.text(lines.get(0)));
        }
    }

    /** The pages before the first appendix. */
    static int bodyPages(PdfGeometry pdf) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            for (List<Glyph> line : pdf.lines(page)) {
                if (PdfGeometry.text(line).strip().matches("附件\\d")) {
                    return page - 1;
                }
            }
        }
        return pdf.pageCount();
    }

    static List<Glyph> pageNumber(PdfGeometry pdf, int page) {
        List<Glyph> number = new ArrayList<>();
        for (Glyph glyph : pdf.glyphs(page)) {
            if (Math.abs(glyph.size() - 14) < 0.1f && glyph.baseline() > BOTTOM && !glyph.text().isBlank()
                    && !landscape(pdf, page)) {
                number.add(glyph);
            }
        }
        number.sort((a, b) -> Float.compare(a.left(), b.left()));
        return number;
    }

    static boolean landscape(PdfGeometry pdf, int page) {
        return pdf.pageWidth(page) > pdf.pageHeight(page);
    }

    private static int pageWith(PdfGeometry pdf, String text, float size) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (lines(pdf, page, size).stream().anyMatch(line -> PdfGeometry.text(line).contains(text))) {
                return page;
            }
        }
        throw new AssertionError("no page holds " + text);
    }
}
