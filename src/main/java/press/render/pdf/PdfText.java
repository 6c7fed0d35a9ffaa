package press.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import press.model.Inline;
import press.model.LineBreak;
import press.model.Strong;
import press.model.Text;
import press.render.FontLibrary;
import press.render.FontRun;
import press.render.TextStyle;

/**
 * Turns text into OpenPDF phrases for one document: the font library cuts it into runs of one
 * face (fallback and 避头尾 included), each run becomes a chunk in that face's subset for this
 * document, and every chunk breaks lines by {@link Kinsoku}.
 */
final class PdfText {

    private final FontLibrary library;
    private final PdfFonts fonts;

    PdfText(FontLibrary library, PdfFonts fonts) {
        this.library = library;
        this.fonts = fonts;
    }

    Phrase phrase(List<Inline> inlines, TextStyle style, String where) {
        Phrase phrase = empty(style);
        add(phrase, inlines, style, false, where);
        if (phrase.isEmpty()) {
            // an empty cell still needs the role's font, or OpenPDF falls back to unembedded Helvetica
            addText(phrase, " ", style, false, where);
        }
        return phrase;
    }

    Phrase phrase(String text, TextStyle style, String where) {
        Phrase phrase = empty(style);
        addText(phrase, text, style, false, where);
        return phrase;
    }

    /**
     * A phrase whose own font is the role's: OpenPDF sets paragraph spacing and empty lines in
     * the phrase's font, and without one it takes unembedded Helvetica.
     */
    Phrase empty(TextStyle style) {
        return new Phrase(style.leading(), "", font(fonts.font(library.face(style.font())), style));
    }

    private static Font font(BaseFont font, TextStyle style) {
        return new Font(font, style.size(), Font.NORMAL, new Color(style.color()));
    }

    private void add(Phrase phrase, List<Inline> inlines, TextStyle style, boolean strong, String where) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                addText(phrase, text.value(), style, strong, where);
            } else if (inline instanceof Strong emphasis) {
                add(phrase, emphasis.content(), style, true, where);
            } else if (inline instanceof LineBreak) {
                addText(phrase, "\n", style, false, where);
            }
        }
    }

    private void addText(Phrase phrase, String text, TextStyle style, boolean strong, String where) {
        Color color = new Color(style.color());
        for (FontRun run : library.runs(text, style.font(), where)) {
            BaseFont font = planned(run);
            Chunk chunk = new Chunk(run.text(), font(font, style));
            chunk.setSplitCharacter(Kinsoku.INSTANCE);
            if (style.letterSpacing() != 0) {
                chunk.setCharacterSpacing(style.letterSpacing());
            }
            if (strong) {
                chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, style.size() / 30f, color);
            }
            phrase.add(chunk);
        }
    }

    /** The run's font for this document, which must hold every character of the run: OpenPDF would drop one silently. */
    private BaseFont planned(FontRun run) {
        BaseFont font = fonts.font(run.face());
        run.text().codePoints().filter(c -> c != '\n').forEach(c -> {
            if (!font.charExists(c)) {
                throw new IllegalStateException("character U+" + Integer.toHexString(c) + " was not planned into the "
                        + run.face().file() + " subset: add it to DocumentText");
            }
        });
        return font;
    }

    /** The natural width of one line of text in this style, letter spacing included. */
    float width(String text, TextStyle style) {
        return library.width(text, style);
    }
}
