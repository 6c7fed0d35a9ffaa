package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.fonts.FontRun;
import press.render.compose.ComposedLine;
import press.render.compose.GlyphForm;
import press.render.compose.LineComposer;
import press.render.compose.Measure;
import press.render.compose.SetRun;
import press.render.layout.EmBox;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Align;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * One document's paragraphs composed into lines and those lines placed: each composed run
 * becomes a glyph run in its span's role (size, colour, weight), at a scale where a table's type
 * is shrunk; a line starts where its paragraph's indents and alignment put it.
 */
final class Lines {

    private final StyleSheet style;
    private final LineComposer composer;
    private final Measure measure;
    private ComposeAhead ahead = ComposeAhead.NONE;

    Lines(StyleSheet style, LineComposer composer, Measure measure) {
        this.style = style;
        this.composer = composer;
        this.measure = measure;
    }

    /**
     * Where a line's baseline lies below the top of its box, a leading high: its em box (0.88
     * above the baseline, 0.12 below) centred in it.
     */
    static float baseline(TextStyle role) {
        return role.leading() / 2 + (EmBox.ASCENT - 0.5f) * role.size();
    }

    /**
     * Has a spare core compose these paragraphs ahead ({@link ComposeAhead}), measuring with
     * {@code spare}, which only it uses.
     */
    void composeAhead(List<ComposeAhead.Job> jobs, Measure spare) {
        ahead = ComposeAhead.start(jobs, composer, measure, spare);
    }

    /** Leaves the paragraphs not yet composed ahead. */
    void stopAhead() {
        ahead.stop();
    }

    /** The paragraph's lines at a measure of {@code width} points. */
    List<ComposedLine> compose(TextParagraph paragraph, float width) {
        List<ComposedLine> composed = ahead.take(paragraph, width);
        return composed != null ? composed : composer.compose(paragraph, width, measure);
    }

    /**
     * The paragraph's line {@code line}, composed at {@code width} points and drawn at
     * {@code scale}, in a column whose left edge is {@code left}, on {@code baseline}.
     */
    TextLine place(TextParagraph paragraph, ComposedLine line, float left, float width, float baseline, float scale,
                   Tag tag) {
        TextStyle role = style.role(paragraph.role());
        float indent = paragraph.left() + (line.first() ? paragraph.firstLine(role) : 0);
        float free = width - indent - line.width();
        float offset = indent + switch (paragraph.align(role)) {
            case CENTER -> free / 2;
            case RIGHT -> free;
            case LEFT, JUSTIFY -> 0;
        };
        List<GlyphRun> runs = new ArrayList<>(line.runs().size());
        for (SetRun run : line.runs()) {
            TextSpan span = (TextSpan) paragraph.spans().get(run.span());
            TextStyle spanStyle = style.role(span.role());
            float size = spanStyle.size() * scale;
            float advance = run.shaped() ? measure.advance(run.face(), run.text(), spanStyle.size())
                    : measure.advance(run.face(), run.text(), spanStyle.size()) * run.form().share();
            float drawn = (advance + run.spacing() * run.text().codePointCount(0, run.text().length())) * scale;
            runs.add(new GlyphRun(run.face(), size, run.text(), run.spacing() * scale, run.form(), spanStyle.color(),
                    span.strong(), 1, drawn));
        }
        return new TextLine(left + offset * scale, baseline, 0, runs, tag);
    }

    /**
     * Runs of one style on one line, as a placed line of the 版头 or a page number is set:
     * each run at the style's letter spacing plus {@code spacing}, narrowed to {@code scale}.
     */
    List<GlyphRun> runs(List<FontRun> fontRuns, TextStyle textStyle, float spacing, float scale, boolean strong) {
        List<GlyphRun> runs = new ArrayList<>(fontRuns.size());
        float characterSpacing = textStyle.letterSpacing() + spacing;
        for (FontRun run : fontRuns) {
            int characters = run.text().codePointCount(0, run.text().length());
            float width = (measure.advance(run.face(), run.text(), textStyle.size()) + characterSpacing * characters) * scale;
            runs.add(new GlyphRun(run.face(), textStyle.size(), run.text(), characterSpacing,
                    measure.shaped(run.face()) ? GlyphForm.CLUSTER : GlyphForm.FULL, textStyle.color(), strong, scale, width));
        }
        return runs;
    }

    /**
     * Runs set at {@code size} in {@code color} with no spacing, weight or scale of their own, as
     * a chart sets its labels.
     */
    List<GlyphRun> plain(List<FontRun> fontRuns, float size, int color) {
        List<GlyphRun> runs = new ArrayList<>(fontRuns.size());
        for (FontRun run : fontRuns) {
            runs.add(new GlyphRun(run.face(), size, run.text(), 0,
                    measure.shaped(run.face()) ? GlyphForm.CLUSTER : GlyphForm.FULL, color, false, 1,
                    measure.advance(run.face(), run.text(), size)));
        }
        return runs;
    }

    /** The natural width of runs set by {@link #runs}. */
    static float width(List<GlyphRun> runs) {
        float width = 0;
        for (GlyphRun run : runs) {
            width += run.width();
        }
        return width;
    }

    /** How a paragraph's lines align where a caller sets a line by hand. */
    static float offset(Align align, float free) {
        return switch (align) {
            case CENTER -> free / 2;
            case RIGHT -> free;
            case LEFT, JUSTIFY -> 0;
        };
    }
}
