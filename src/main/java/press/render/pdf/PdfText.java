package press.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import press.fonts.FontFace;
import press.fonts.FontRun;
import press.render.compose.ComposedLine;
import press.render.compose.Measure;
import press.render.compose.SetRun;
import press.render.layout.BreakSpan;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * Turns laid-out text into OpenPDF phrases for one document: each font run becomes a chunk in
 * that face's subset for this document. Paragraphs come composed into lines
 * ({@link press.render.compose}) and are drawn a line at a time.
 */
final class PdfText {

    private final StyleSheet style;
    private final PdfFonts fonts;
    private final ShapedRuns shaped;

    PdfText(StyleSheet style, PdfFonts fonts, ShapedRuns shaped) {
        this.style = style;
        this.fonts = fonts;
        this.shaped = shaped;
    }

    /**
     * The spans of a paragraph or cell in {@code role}. An empty cell gets a space
     * ({@code fillEmpty}): it still needs the role's font, or OpenPDF sets it in unembedded
     * Helvetica. The layout plans that space.
     */
    Phrase phrase(Role role, List<Span> spans, boolean fillEmpty) {
        return phrase(role, spans, fillEmpty, 1);
    }

    /** The same at {@code scale} times the roles' sizes, as a shrunk table's cells are set. */
    Phrase phrase(Role role, List<Span> spans, boolean fillEmpty, float scale) {
        TextStyle roleStyle = style.role(role).scaled(scale);
        Phrase phrase = empty(roleStyle);
        for (Span span : spans) {
            switch (span) {
                case TextSpan text -> addRuns(phrase, text.runs(), style.role(text.role()).scaled(scale), text.strong());
                case BreakSpan lineBreak -> addRuns(phrase, List.of(new FontRun(lineBreak.face(), "\n")), roleStyle, false);
            }
        }
        if (phrase.isEmpty() && fillEmpty) {
            addRuns(phrase, List.of(new FontRun(fonts.spaceFace(roleStyle.font()), " ")), roleStyle, false);
        }
        return phrase;
    }

    /** Runs in one style, as the page numbers are set. */
    Phrase phrase(List<FontRun> runs, TextStyle textStyle) {
        Phrase phrase = empty(textStyle);
        addRuns(phrase, runs, textStyle, false);
        return phrase;
    }

    /** Composed lines as one phrase, a line break after every line but the last, as a closing block's cell holds them. */
    Phrase lines(TextParagraph paragraph, List<ComposedLine> lines) {
        TextStyle roleStyle = style.role(paragraph.role());
        Phrase phrase = empty(roleStyle);
        for (int index = 0; index < lines.size(); index++) {
            phrase.addAll(line(paragraph, lines.get(index)));
            if (index + 1 < lines.size()) {
                phrase.add(new Chunk("\n", font(fonts.font(lines.get(index).face()), roleStyle)));
            }
        }
        return phrase;
    }

    /**
     * One composed line as a phrase: each run a chunk with its own spacing. The line fits the
     * measure it was composed for, so it is drawn as it is, from its left end.
     */
    Phrase line(TextParagraph paragraph, ComposedLine line) {
        Phrase phrase = empty(style.role(paragraph.role()));
        line.runs().forEach(run -> phrase.add(chunk(paragraph, run)));
        return phrase;
    }

    /** A run of a composed line as a chunk: characters in the run's face, or a shaped piece as a picture of it. */
    Chunk chunk(TextParagraph paragraph, SetRun run) {
        TextSpan span = (TextSpan) paragraph.spans().get(run.span());
        TextStyle textStyle = style.role(span.role());
        if (run.shaped()) {
            return shaped.chunk(run.text(), run.face(), fonts.font(run.face()), textStyle.size(),
                    new Color(textStyle.color()));
        }
        Chunk chunk = new Chunk(run.text(), font(planned(new FontRun(run.face(), run.text())), textStyle));
        if (run.spacing() != 0) {
            chunk.setCharacterSpacing(run.spacing());
        }
        if (span.strong()) {
            chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, textStyle.size() / 30f,
                    new Color(textStyle.color()));
        }
        return chunk;
    }

    /** How a run of a composed line is drawn: its subset font (checked to hold the run), size, colour and weight. */
    record RunStyle(BaseFont font, float size, Color color, boolean strong) {
    }

    RunStyle style(TextParagraph paragraph, SetRun run) {
        TextSpan span = (TextSpan) paragraph.spans().get(run.span());
        TextStyle textStyle = style.role(span.role());
        BaseFont font = run.shaped() ? fonts.font(run.face()) : planned(new FontRun(run.face(), run.text()));
        return new RunStyle(font, textStyle.size(), new Color(textStyle.color()), span.strong());
    }

    /** A shaped run of a composed line, drawn in a form whose origin lies {@link ShapedRuns#below} under the baseline. */
    com.lowagie.text.pdf.PdfTemplate shapedForm(TextParagraph paragraph, SetRun run) {
        TextStyle textStyle = style.role(((TextSpan) paragraph.spans().get(run.span())).role());
        return shaped.form(run.text(), run.face(), fonts.font(run.face()), textStyle.size(), new Color(textStyle.color()));
    }

    /** Advances as OpenPDF measures them, in this document's subsets. */
    Measure measure() {
        return new Measure() {
            @Override
            public float advance(FontFace face, String text, float size) {
                return shaped.shaped(face) ? shaped.width(text, face, size) : fonts.font(face).getWidthPoint(text, size);
            }

            @Override
            public boolean shaped(FontFace face) {
                return shaped.shaped(face);
            }
        };
    }

    /**
     * A phrase whose own font is the role's: OpenPDF sets paragraph spacing and empty lines in
     * the phrase's font, and without one it takes unembedded Helvetica.
     */
    private Phrase empty(TextStyle textStyle) {
        return new Phrase(textStyle.leading(), "", font(fonts.font(fonts.face(textStyle.font())), textStyle));
    }

    private static Font font(BaseFont font, TextStyle style) {
        return new Font(font, style.size(), Font.NORMAL, new Color(style.color()));
    }

    private void addRuns(Phrase phrase, List<FontRun> runs, TextStyle textStyle, boolean strong) {
        Color color = new Color(textStyle.color());
        for (FontRun run : runs) {
            if (shaped.shaped(run.face())) {
                shaped.chunks(run.text(), run.face(), planned(run), textStyle.size(), color).forEach(phrase::add);
                continue;
            }
            Chunk chunk = new Chunk(run.text(), font(planned(run), textStyle));
            chunk.setSplitCharacter(Kinsoku.INSTANCE);
            if (textStyle.letterSpacing() != 0) {
                chunk.setCharacterSpacing(textStyle.letterSpacing());
            }
            if (strong) {
                chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, textStyle.size() / 30f, color);
            }
            phrase.add(chunk);
        }
    }

    /** The face's font for this document. */
    BaseFont font(FontFace face) {
        return fonts.font(face);
    }

    /** The run's font for this document, which must hold every character of the run: OpenPDF would drop one silently. */
    private BaseFont planned(FontRun run) {
        FontFace face = run.face();
        BaseFont font = fonts.font(face);
        run.text().codePoints().filter(c -> c != '\n').forEach(c -> {
            if (!font.charExists(c)) {
                throw new IllegalStateException("character U+" + Integer.toHexString(c) + " was not planned into the "
                        + face.file() + " subset: the layout step must lay out every text it prints");
            }
        });
        return font;
    }
}
