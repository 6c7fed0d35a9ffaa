package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import press.fonts.Punctuation;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.render.style.Role;
import press.render.style.StyleSheetLoader;
import press.render.style.TextStyle;
import press.testing.FixtureVariant;
import press.testing.PdfGeometry;
import press.testing.PdfGeometry.Glyph;

/**
 * Line composition measured from the glyph positions of every fixture in every variant, on the
 * lines of text at body size and above: a justified line spreads at
 * most 0.5 pt per gap beyond the role's tracking and never inside a run of Latin letters or
 * digits; a line short of the measure (a paragraph's last, a centred one) is not spread at all;
 * no line starts with closing or ends with opening punctuation; no paragraph leaves its last
 * line alone at the top of a page or its first alone at the foot.
 */
class LineCompositionTest {

    private static final float MM = 72f / 25.4f;
    private static final float LOOSE = 0.5f;
    /** Glyphs further apart than this (points) belong to different pieces of text on one baseline. */
    private static final float APART = 4f;

    @TestFactory
    Stream<DynamicTest> everyFixtureInEveryVariantIsComposedToCLREQ() {
        return FixtureVariant.all().stream().map(document -> {
            TextStyle body = new StyleSheetLoader().load(document.kind().styleFile(
                    document.kind().variant(document.variant()).orElseThrow())).role(Role.BODY);
            return DynamicTest.dynamicTest(document.toString(), () -> assertComposed(
                    new PdfGeometry(document.render(Format.PDF, RenderOptions.NONE)), body));
        });
    }

    private static void assertComposed(PdfGeometry pdf, TextStyle body) {
        List<Line> previousPage = List.of();
        float previousLeft = 0;
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<Line> found = textLines(pdf, page);
            float right = found.stream().map(Line::end).max(Float::compare).orElse(0f);
            float left = found.stream().map(Line::left).min(Float::compare).orElse(0f);
            List<Line> lines = found.stream().map(line -> line.reaching(right)).toList();
            for (Line line : lines) {
                assertSpacing(line, body);
                assertTrue(!Punctuation.mayNotStartLine(line.text().codePointAt(0)),
                        "page " + page + " line starts with closing punctuation: " + line.text());
                assertTrue(!Punctuation.mayNotEndLine(line.text().codePointBefore(line.text().length())),
                        "page " + page + " line ends with opening punctuation: " + line.text());
            }
            if (!lines.isEmpty() && !previousPage.isEmpty()) {
                Line top = lines.get(0);
                Line foot = previousPage.get(previousPage.size() - 1);
                // a full line at the foot and an unindented one at the top: one paragraph runs on
                boolean runsOn = foot.full() && Math.abs(top.left() - left) < 0.5f && top.sameFace(foot);
                boolean topAlone = !top.full() && (lines.size() == 1 || lines.get(1).left() > top.left() + 1);
                assertTrue(!(runsOn && topAlone), "page " + page + " opens with a paragraph's last line alone: "
                        + top.text());
                assertTrue(!(runsOn && foot.left() > previousLeft + 1), "page " + (page - 1)
                        + " ends with a paragraph's first line alone: " + foot.text());
            }
            previousPage = lines;
            previousLeft = left;
        }
    }

    /** Every gap is the role's tracking, plus at most {@value #LOOSE} pt between CJK characters on a full line. */
    private static void assertSpacing(Line line, TextStyle body) {
        boolean full = line.full();
        List<Glyph> glyphs = line.glyphs();
        float tracking = Math.abs(glyphs.get(0).size() - body.size()) < 0.05f ? body.letterSpacing() : 0;
        for (int k = 0; k + 1 < glyphs.size(); k++) {
            Glyph glyph = glyphs.get(k);
            Glyph next = glyphs.get(k + 1);
            float gap = (next.left() - glyph.right()) * MM;
            boolean cjk = wide(glyph.text()) || wide(next.text());
            String where = " between " + glyph.text() + " and " + next.text() + " in: " + line.text();
            if (!full || !cjk) {
                assertTrue(gap <= Math.max(0, tracking) + 0.02f, String.format("%.2f pt%s", gap, where));
            } else {
                assertTrue(gap - tracking <= LOOSE + 0.02f, String.format("spread %.2f pt%s", gap - tracking, where));
            }
        }
    }

    private static boolean wide(String text) {
        int c = text.isEmpty() ? 0 : text.codePointAt(0);
        return c >= 0x2e80 || c == '—' || c == '…' || c == '“' || c == '”' || c == '‘' || c == '’';
    }

    /** The page's lines of text at 13 pt and above, cut where pieces of text stand apart on one baseline. */
    private static List<Line> textLines(PdfGeometry pdf, int page) {
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> baseline : pdf.lines(page)) {
            List<Glyph> piece = new ArrayList<>();
            for (Glyph glyph : baseline) {
                if (glyph.size() < 13 || glyph.text().isBlank()) {
                    continue;
                }
                if (!piece.isEmpty() && (glyph.left() - piece.get(piece.size() - 1).right()) * MM > APART) {
                    add(lines, piece);
                    piece = new ArrayList<>();
                }
                piece.add(glyph);
            }
            add(lines, piece);
        }
        return lines;
    }

    private static void add(List<Line> lines, List<Glyph> piece) {
        String text = PdfGeometry.text(piece);
        if (piece.size() >= 2 && !text.matches("[—\\s\\d]+")) {
            lines.add(new Line(List.copyOf(piece), false));
        }
    }

    private record Line(List<Glyph> glyphs, boolean full) {

        float left() {
            return glyphs.get(0).left();
        }

        float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        /** Where the line ends at the least: a closing mark at its end may have given up the blank half of its em. */
        float end() {
            Glyph last = glyphs.get(glyphs.size() - 1);
            return Punctuation.mayNotStartLine(last.text().codePointAt(0))
                    ? last.left() + last.size() / 2 / MM : last.right();
        }

        String text() {
            return PdfGeometry.text(glyphs);
        }

        boolean sameFace(Line other) {
            Glyph mine = glyphs.get(0);
            Glyph theirs = other.glyphs().get(other.glyphs().size() - 1);
            return mine.font().equals(theirs.font()) && Math.abs(mine.size() - theirs.size()) < 0.05f;
        }

        Line reaching(float edge) {
            return new Line(glyphs, right() > edge - 0.2f);
        }
    }
}
