package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.fonts.opentype.SubsetGlyphs;
import press.render.compose.GlyphForm;
import press.render.page.GlyphRun;
import press.render.page.TextLine;

/**
 * Draws placed lines of text as text operators: each run in its subset font, size, spacing,
 * scale and colour, one after the other as the text position advances; a shaped cluster as the
 * form that holds its glyphs; a word in Latin letters as a span marked English, so a reader
 * speaks "APP" as English inside its Chinese paragraph.
 */
final class PdfRuns {

    /** Words in Latin letters, with the spaces, points and hyphens between them ("APP", "e-mail", "Word 2016" has two). */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+(?:[ .'-][A-Za-z]+)*");
    private static final String LATIN_LANGUAGE = "en";

    private final PdfFonts fonts;
    private final PdfTags tags;
    private final ShapedForms shaped;
    private final PdfState state;

    PdfRuns(PdfFonts fonts, PdfTags tags, ShapedForms shaped, PdfState state) {
        this.state = state;
        this.fonts = fonts;
        this.tags = tags;
        this.shaped = shaped;
    }

    /** Draws the line on a sheet {@code height} points high. */
    void draw(PdfContentByte canvas, TextLine line, float height) {
        if (line.runs().isEmpty()) {
            return;
        }
        double turn = Math.toRadians(line.angle());
        float cos = (float) Math.cos(turn);
        float sin = (float) Math.sin(turn);
        float x = line.x();
        float y = height - line.baseline();
        canvas.beginText();
        canvas.setTextMatrix(cos, sin, -sin, cos, x, y);
        List<int[]> words = latinWords(line.text());
        float at = 0;
        int offset = 0;
        for (GlyphRun run : line.runs()) {
            int start = offset;
            offset += run.text().length();
            if (run.form() == GlyphForm.CLUSTER) {
                canvas.endText();
                PdfTemplate form = shaped.form(canvas, run.text(), run.face(), fonts.font(run.face()), run.size(),
                        new Color(run.color()));
                float below = ShapedForms.below(run.size());
                canvas.addTemplate(form, cos, sin, -sin, cos, x + at * cos + below * sin, y + at * sin - below * cos);
                at += run.width();
                canvas.beginText();
                canvas.setTextMatrix(cos, sin, -sin, cos, x + at * cos, y + at * sin);
                state.reset();
                continue;
            }
            state.fill(canvas, run.color());
            if (run.strong()) {
                state.stroke(canvas, run.color(), run.size() / 30f);
            }
            state.text(canvas, fonts.font(run.face()), run.size(), run.spacing(), run.scale(), run.strong());
            show(canvas, run, start, words);
            at += run.width();
        }
        canvas.endText();
    }

    /**
     * Shows a run's text, which starts at {@code offset} in its line: where a word in Latin
     * letters of the line starts, a span marked English opens, and where it ends the span closes.
     */
    private void show(PdfContentByte canvas, GlyphRun run, int offset, List<int[]> words) {
        String text = run.text();
        int at = 0;
        for (int[] word : words) {
            int start = word[0] - offset;
            int end = word[1] - offset;
            if (end <= 0 || start >= text.length()) {
                continue;
            }
            if (start > at) {
                show(canvas, run, text.substring(at, start));
                at = start;
            }
            if (start >= 0) {
                tags.beginLanguage(canvas, LATIN_LANGUAGE);
            }
            int until = Math.min(end, text.length());
            show(canvas, run, text.substring(at, until));
            at = until;
            if (end <= text.length()) {
                canvas.endMarkedContentSequence();
            }
        }
        if (at < text.length()) {
            show(canvas, run, text.substring(at));
        }
    }

    /**
     * Shows characters of a run as the subset's glyph indices: whole glyphs, or a compressed
     * mark's half-width form; where the subset has no such form (an outline that could not be
     * moved), the whole glyph with the blank half of its em taken back — after a closing mark,
     * before an opening one.
     */
    private void show(PdfContentByte canvas, GlyphRun run, String text) {
        SubsetGlyphs subset = fonts.subset(run.face());
        int[] glyphs = new int[text.length()];
        float[] backs = null;
        int count = 0;
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            at += Character.charCount(c);
            int glyph = switch (run.form()) {
                case LEFT_HALF -> subset.leftHalf(c);
                case RIGHT_HALF -> subset.rightHalf(c);
                case FULL, CLUSTER -> 0;
            };
            if (glyph == 0 && run.form() != GlyphForm.FULL) {
                if (backs == null) {
                    backs = new float[glyphs.length];
                }
                backs[count] = fonts.advance(run.face(), c) / 2f;
            }
            glyphs[count++] = glyph != 0 ? glyph : fonts.glyph(run.face(), c);
        }
        GlyphStrings.show(canvas.getInternalBuffer(), glyphs, count, backs, run.form() == GlyphForm.RIGHT_HALF);
    }

    /** Where the line's words in Latin letters start and end, as offsets into its text. */
    private static List<int[]> latinWords(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher latin = LATIN.matcher(text);
        while (latin.find()) {
            words.add(new int[] {latin.start(), latin.end()});
        }
        return words;
    }
}
