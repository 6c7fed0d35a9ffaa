package press.render.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.fonts.FontFace;
import press.fonts.FontRun;
import press.render.layout.BreakSpan;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Align;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.StyleSheetLoader;
import press.testing.Fixtures;

/**
 * The composer on the 简报's body role (16 pt, −0.22 pt tracking, two-character indent), with
 * the advances of a typical CJK face: ideographs and full-width marks one em, digits and
 * Latin letters half. The measure holds exactly 28 ideographs.
 */
class LineComposerTest {

    private static final StyleSheet STYLE = new StyleSheetLoader().load(Fixtures.root()
            .resolve("templates/gov-service-monthly/jianbao.style.json"));
    private static final FontFace FACE = new FontFace("body", "body.ttf", 0, "仿宋_GB2312");
    private static final Measure MEASURE = new Measure() {
        @Override
        public float advance(FontFace face, String text, float size) {
            return text.codePointAt(0) < 0x2000 ? size / 2 : size;
        }

        @Override
        public boolean shaped(FontFace face) {
            return false;
        }
    };
    private static final float TRACKING = -0.22f;
    private static final float MEASURE_WIDTH = 28 * 16 + 27 * TRACKING;
    private static final LineComposer COMPOSER = new LineComposer(STYLE);

    @Test
    void aParagraphFillsItsLinesAndLeavesTheLastAtItsNaturalWidth() {
        List<ComposedLine> lines = compose("政".repeat(80), Align.JUSTIFY);
        assertEquals(List.of(26, 28, 26), lines.stream().map(line -> line.text().length()).toList());
        assertTrue(lines.get(0).first() && !lines.get(1).first());
        lines.subList(0, 2).forEach(line -> assertTrue(line.justified()));
        ComposedLine last = lines.get(2);
        assertFalse(last.justified());
        assertEquals(26 * 16 + 25 * TRACKING, last.width(), 0.001f);
        assertTrue(last.runs().stream().allMatch(run -> run.spacing() == TRACKING || run.spacing() == 0));
    }

    @Test
    void aFullStopThatWouldOpenALineIsSqueezedInRatherThanAWordCarriedDown() {
        List<ComposedLine> lines = compose("政".repeat(54) + "。" + "务".repeat(10), Align.JUSTIFY);
        String second = lines.get(1).text();
        assertTrue(second.endsWith("政。"), second);
        SetRun end = lines.get(1).runs().get(lines.get(1).runs().size() - 1);
        assertEquals("。", end.text());
        assertEquals(GlyphForm.LEFT_HALF, end.form(), "the full stop gives up its blank and is drawn as its inked half");
        assertTrue(end.spacing() < 0.1f, "and keeps no blank after it: " + end.spacing());
        assertTrue(lines.get(1).width() <= MEASURE_WIDTH);
    }

    @Test
    void adjacentMarksShareTheirBlanks() {
        ComposedLine line = compose("见《通知》，现将", Align.LEFT).get(0);
        SetRun closingBracket = line.runs().stream().filter(run -> run.text().endsWith("》")).findFirst().orElseThrow();
        assertEquals(GlyphForm.LEFT_HALF, closingBracket.form(), "》 gives its blank to ， and is drawn as its inked half");
        assertEquals(TRACKING, closingBracket.spacing(), 0.001f);
    }

    @Test
    void ofTwoOpeningMarksTheSecondIsDrawnFromItsInkSoNoGlyphOverlapsTheNext() {
        ComposedLine line = compose("见（《通知》）", Align.LEFT).get(0);
        List<SetRun> runs = line.runs();
        SetRun parenthesis = runs.stream().filter(run -> run.text().endsWith("（")).findFirst().orElseThrow();
        SetRun bracket = runs.stream().filter(run -> run.text().startsWith("《")).findFirst().orElseThrow();
        assertEquals(GlyphForm.FULL, parenthesis.form());
        assertEquals(TRACKING, parenthesis.spacing(), 0.001f);
        assertEquals(GlyphForm.RIGHT_HALF, bracket.form());
        float drawn = 0;
        for (SetRun run : runs) {
            drawn += 16 * run.form().share() * run.text().codePointCount(0, run.text().length())
                    + run.spacing() * run.text().codePointCount(0, run.text().length());
        }
        assertEquals(line.width(), drawn, 0.01f, "what the runs draw is the line's width");
        assertEquals(16 * 5 + 2 * 8 + 6 * TRACKING, line.width(), 0.01f, "（《 share a blank, as do 》）");
    }

    @Test
    void aJustifiedLineSpreadsBetweenCjkCharactersAndNeverInsideANumber() {
        List<ComposedLine> lines = compose("全州共受理各类行政审批和公共服务事项共计八万零五百六十四件，其中办结80225件，"
                + "办结率为百分之九十九点五八，各县均已完成。", Align.JUSTIFY);
        for (ComposedLine line : lines) {
            for (SetRun run : line.runs()) {
                if (run.text().matches(".*\\d\\d.*")) {
                    assertEquals(TRACKING, run.spacing(), 0.001f, "digits keep their tracking: " + run.text());
                }
            }
        }
        lines.stream().filter(ComposedLine::justified)
                .forEach(line -> assertEquals(MEASURE_WIDTH - (line.first() ? 32 + 2 * TRACKING : 0), line.width(), 0.02f));
    }

    @Test
    void aNumberMayEndALineBeforeItsUnitRatherThanLeaveTheLineLoose() {
        // 24 ideographs after the indent leave room for four digits, not for "1234次" even squeezed
        List<ComposedLine> lines = compose("政".repeat(24) + "1234次，" + "务".repeat(20), Align.JUSTIFY);
        assertEquals("政".repeat(24) + "1234", lines.get(0).text());
    }

    @Test
    void aForcedBreakStartsAnUnindentedLineAndEndsTheLineBeforeItUnspread() {
        List<Span> spans = List.of(span("政".repeat(10)), new BreakSpan(FACE), span("务".repeat(10)));
        List<ComposedLine> lines = COMPOSER.compose(new TextParagraph(Role.BODY, spans), MEASURE_WIDTH, MEASURE);
        assertEquals(2, lines.size());
        assertFalse(lines.get(0).justified());
        assertFalse(lines.get(1).first());
    }

    @Test
    void raggedTextFillsEachLineAsFarAsItGoesAndIsNeverSpread() {
        List<ComposedLine> lines = compose("送：州第九纪检监察组，州依法治州办，州创建办，州行政审批局，州直各入驻部门。", Align.LEFT);
        assertTrue(lines.get(0).text().length() >= 25, lines.get(0).text());
        lines.forEach(line -> assertFalse(line.justified()));
        lines.forEach(line -> line.runs().forEach(run -> assertTrue(run.spacing() <= 0, run.text())));
    }

    private static List<ComposedLine> compose(String text, Align align) {
        return COMPOSER.compose(new TextParagraph(Role.BODY, List.of(span(text)), align, null, false), MEASURE_WIDTH,
                MEASURE);
    }

    private static TextSpan span(String text) {
        return new TextSpan(Role.BODY, false, List.of(new FontRun(FACE, text)));
    }
}
