package press.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.render.compose.ComposedLine;
import press.render.compose.SetRun;
import press.render.layout.TextParagraph;
import press.render.style.Align;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * Draws composed lines where they belong, each baseline one leading below the one before, as
 * marked content of the paragraph's structure element; OpenPDF's flow only learns how far down
 * the page they reached. Lines are positioned from their left end: a justified line already
 * fills its measure, a centred or right-aligned one is moved by what it leaves of it.
 */
final class PdfLines {

    /** Words in Latin letters, with the spaces, points and hyphens between them ("APP", "e-mail", "Word 2016" has two). */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+(?:[ .'-][A-Za-z]+)*");
    private static final String LATIN_LANGUAGE = "en";

    private final StyleSheet style;
    private final PdfText text;
    private final PdfTags tags;

    PdfLines(StyleSheet style, PdfText text, PdfTags tags) {
        this.style = style;
        this.text = text;
        this.tags = tags;
    }

    /**
     * Draws {@code lines} of the paragraph on {@code canvas} in a column {@code width} points
     * wide whose left edge is at {@code left}, the first baseline one leading below {@code top}.
     * Returns the height the lines take.
     */
    float draw(PdfContentByte canvas, PdfStructureElement element, TextParagraph paragraph, List<ComposedLine> lines,
               float left, float top, float width) {
        if (!lines.isEmpty()) {
            tags.content(canvas, element, () -> draw(canvas, paragraph, lines, left, top, width));
        }
        return style.role(paragraph.role()).leading() * lines.size();
    }

    /** The same lines drawn with no mark of their own, inside whatever marks the caller has opened. */
    void draw(PdfContentByte canvas, TextParagraph paragraph, List<ComposedLine> lines, float left, float top,
              float width) {
        TextStyle role = style.role(paragraph.role());
        float leading = role.leading();
        Align align = paragraph.align(role);
        for (int index = 0; index < lines.size(); index++) {
            ComposedLine line = lines.get(index);
            float indent = paragraph.left() + (line.first() ? paragraph.firstLine(role) : 0);
            float free = width - indent - line.width();
            float x = left + indent + switch (align) {
                case CENTER -> free / 2;
                case RIGHT -> free;
                case LEFT, JUSTIFY -> 0;
            };
            drawLine(canvas, paragraph, line, x, top - leading * (index + 1));
        }
    }

    /**
     * One line from its left end, as text operators of its own: each run in its font, size and
     * spacing, one after the other as the text position advances; a shaped piece is the form
     * that holds its glyphs, and the text after it starts again where the piece ends.
     */
    private void drawLine(PdfContentByte canvas, TextParagraph paragraph, ComposedLine line, float x, float baseline) {
        if (line.runs().isEmpty()) {
            return;
        }
        canvas.saveState();
        canvas.beginText();
        canvas.setTextMatrix(x, baseline);
        float at = x;
        BaseFont font = null;
        float size = 0;
        float spacing = 0;
        Color color = null;
        boolean strong = false;
        List<int[]> words = latinWords(line);
        int offset = 0;
        for (SetRun run : line.runs()) {
            int runStart = offset;
            offset += run.text().length();
            PdfText.RunStyle runStyle = text.style(paragraph, run);
            if (run.shaped()) {
                canvas.endText();
                PdfTemplate form = text.shapedForm(paragraph, run);
                canvas.addTemplate(form, at, baseline - ShapedRuns.below(runStyle.size()));
                at += form.getWidth();
                canvas.beginText();
                canvas.setTextMatrix(at, baseline);
                font = null;
                continue;
            }
            if (runStyle.font() != font || runStyle.size() != size) {
                font = runStyle.font();
                size = runStyle.size();
                canvas.setFontAndSize(font, size);
            }
            if (run.spacing() != spacing) {
                spacing = run.spacing();
                canvas.setCharacterSpacing(spacing);
            }
            if (!runStyle.color().equals(color)) {
                color = runStyle.color();
                canvas.setColorFill(color);
            }
            if (runStyle.strong() != strong) {
                strong = runStyle.strong();
                canvas.setTextRenderingMode(strong ? PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE
                        : PdfContentByte.TEXT_RENDER_MODE_FILL);
                if (strong) {
                    canvas.setLineWidth(size / 30f);
                    canvas.setColorStroke(color);
                }
            }
            show(canvas, run.text(), runStart, words);
            at += font.getWidthPoint(run.text(), size) + spacing * run.text().codePointCount(0, run.text().length());
        }
        canvas.endText();
        canvas.restoreState();
    }

    /**
     * Shows a run's text, which starts at {@code offset} in its line: where a word in Latin
     * letters of the line starts, a span marked English opens, and where it ends the span
     * closes, so a reader speaks "APP" as English even where justification set its letters in
     * two runs.
     */
    private void show(PdfContentByte canvas, String run, int offset, List<int[]> words) {
        int at = 0;
        for (int[] word : words) {
            int start = word[0] - offset;
            int end = word[1] - offset;
            if (end <= 0 || start >= run.length()) {
                continue;
            }
            if (start > at) {
                canvas.showText(run.substring(at, start));
                at = start;
            }
            if (start >= 0) {
                tags.beginLanguage(canvas, LATIN_LANGUAGE);
            }
            int until = Math.min(end, run.length());
            canvas.showText(run.substring(at, until));
            at = until;
            if (end <= run.length()) {
                canvas.endMarkedContentSequence();
            }
        }
        if (at < run.length()) {
            canvas.showText(run.substring(at));
        }
    }

    /** Where the line's words in Latin letters start and end, as offsets into its text. */
    private static List<int[]> latinWords(ComposedLine line) {
        List<int[]> words = new java.util.ArrayList<>();
        Matcher latin = LATIN.matcher(line.text());
        while (latin.find()) {
            words.add(new int[] {latin.start(), latin.end()});
        }
        return words;
    }
}
