package press.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.fonts.FontFace;
import press.render.compose.GlyphForm;
import press.render.page.GlyphRun;
import press.render.page.Tag;
import press.render.page.TextLine;

/**
 * Our lines in a word processor: a line our pages hold with compressed punctuation takes the
 * room from every character's spacing, one that fits keeps the role's, and a list of names ends
 * its lines where ours end between two names.
 */
class DocxLineFitTest {

    private static final FontFace FANG = new FontFace("fang", "FandolFang-Regular.otf", 0, "仿宋_GB2312");
    private static final int TRACKING = -5;

    @Test
    void aLineThatFitsAtTheRolesTrackingKeepsIt() {
        TextLine line = line(run("一二三四", -0.25f, GlyphForm.FULL));
        DocxLineFit fit = DocxLineFit.of(List.of(line), "一二三四", 100, 0, 0, TRACKING, false);
        assertEquals(DocxLineFit.ROLE, fit.spacing(0));
    }

    @Test
    void aLineOursHoldsWithHalvedMarksIsTightenedToHoldThemAtAFullEm() {
        // 29 characters of 16 pt on 442.2 pt, two of them marks our pages draw half an em wide
        TextLine line = line(run("一二三四五六七八九十一二三", -0.4f, GlyphForm.FULL), run("，", -0.4f, GlyphForm.LEFT_HALF),
                run("一二三四五六七八九十一二三", -0.4f, GlyphForm.FULL), run("，", -0.4f, GlyphForm.LEFT_HALF),
                run("一", -0.4f, GlyphForm.FULL));
        String text = line.text();
        DocxLineFit fit = DocxLineFit.of(List.of(line), text, 442.2f, 0, 0, TRACKING, false);
        int spacing = fit.spacing(0);
        assertTrue(spacing < TRACKING, "tightened: " + spacing);
        // LibreOffice spaces all but the last character; the line then fits, and not by a character more
        float libreOffice = 29 * 16 + (29 - 1) * spacing / 20f;
        assertTrue(libreOffice <= 442.2f && libreOffice > 442.2f - 16, "LibreOffice's line: " + libreOffice);
        assertEquals(spacing, fit.spacing(text.length() - 1));
    }

    @Test
    void libreOfficesSpaceBesideDigitsIsMadeUpForOnlyWhereWordWouldNotTakeUpTheNextCharacter() {
        // 176 pt of characters: Word's line fits 180 pt, LibreOffice's adds 3.2 pt at each side of 1234
        TextLine numbers = line(run("一二三四五六", -0.25f, GlyphForm.FULL), run("1234", -0.25f, GlyphForm.FULL, 8),
                run("七八九", -0.25f, GlyphForm.FULL));
        TextLine ideographs = line(run("十", -0.25f, GlyphForm.FULL));
        TextLine digits = line(run("5", -0.25f, GlyphForm.FULL, 8));
        String text = numbers.text();
        int tightened = DocxLineFit.of(List.of(numbers, ideographs), text + "十", 180, 0, 0, TRACKING, false).spacing(0);
        assertTrue(tightened < TRACKING && 176 + 6.4f + 10 * tightened / 20f <= 180, "tightened: " + tightened);
        assertEquals(DocxLineFit.ROLE, DocxLineFit.of(List.of(numbers, digits), text + "5", 180, 0, 0, TRACKING, false)
                .spacing(0), "Word would take up the 5 after 176 − 14 × 0.3 pt");
    }

    @Test
    void aListOfNamesEndsItsLinesWhereOursEndBetweenNames() {
        TextLine first = line(run("抄送：甲局，乙局，", 0, GlyphForm.FULL));
        TextLine second = line(run("丙局，丁", 0, GlyphForm.FULL));
        TextLine third = line(run("委。", 0, GlyphForm.FULL));
        String text = "抄送：甲局，乙局，丙局，丁委。";
        DocxLineFit fit = DocxLineFit.of(List.of(first, second, third), text, 400, 42, -42, 0, true);
        assertTrue(fit.breakBefore(text.indexOf("丙")), "after a name's comma");
        assertFalse(fit.breakBefore(text.indexOf("委")), "not inside a name");
        assertFalse(DocxLineFit.of(List.of(first, second, third), text, 400, 42, -42, 0, false).breakBefore(text.indexOf("丙")));
    }

    @Test
    void linesThatAreNotTheParagraphsLeaveItAsItIs() {
        TextLine line = line(run("一二三", 0, GlyphForm.FULL));
        DocxLineFit fit = DocxLineFit.of(List.of(line), "一二四", 10, 0, 0, TRACKING, true);
        assertEquals(DocxLineFit.ROLE, fit.spacing(0));
    }

    private static GlyphRun run(String text, float spacing, GlyphForm form) {
        return run(text, spacing, form, 16);
    }

    private static GlyphRun run(String text, float spacing, GlyphForm form, float advance) {
        int count = text.codePointCount(0, text.length());
        return new GlyphRun(FANG, 16, text, spacing, form, 0, false, 1, count * (advance * form.share() + spacing));
    }

    private static TextLine line(GlyphRun... runs) {
        return new TextLine(0, 0, 0, List.of(runs), new Tag.Content(0));
    }
}
