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
import press.render.TextStyle;
import press.render.UncoveredCharacterException;

/**
 * Turns text into OpenPDF phrases: each character in the first font of its role's chain that
 * has it, runs of one font as one chunk, every chunk breaking lines by {@link Kinsoku}. Closing
 * punctuation stays in the run before it and opening punctuation in the run after it, so a
 * font change never opens a break that 避头尾 forbids. Stateless and thread-safe.
 */
final class PdfText {

    private final PdfFontSet fonts;

    PdfText(PdfFontSet fonts) {
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
        return new Phrase(style.leading(), "", font(fonts.chain(style.font()).get(0), style));
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
        List<BaseFont> chain = fonts.chain(style.font());
        int[] codePoints = text.codePoints().map(cp -> cp != '\n' && Character.isISOControl(cp) ? ' ' : cp).toArray();
        int[] fontOf = assignFonts(codePoints, chain, where);
        Color color = new Color(style.color());
        int runStart = 0;
        for (int i = 1; i <= codePoints.length; i++) {
            if (i == codePoints.length || fontOf[i] != fontOf[runStart]) {
                String run = new String(codePoints, runStart, i - runStart);
                Chunk chunk = new Chunk(run, font(chain.get(fontOf[runStart]), style));
                chunk.setSplitCharacter(Kinsoku.INSTANCE);
                if (style.letterSpacing() != 0) {
                    chunk.setCharacterSpacing(style.letterSpacing());
                }
                if (strong) {
                    chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, style.size() / 30f, color);
                }
                phrase.add(chunk);
                runStart = i;
            }
        }
    }

    /** Index into the chain for every character; punctuation joins its neighbour's run where it can. */
    private static int[] assignFonts(int[] codePoints, List<BaseFont> chain, String where) {
        int[] fontOf = new int[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            fontOf[i] = firstCovering(chain, codePoints[i]);
            if (fontOf[i] < 0) {
                throw new UncoveredCharacterException(codePoints[i], where);
            }
        }
        for (int i = 1; i < codePoints.length; i++) {
            if (Kinsoku.mayNotStartLine(codePoints[i]) && chain.get(fontOf[i - 1]).charExists(codePoints[i])) {
                fontOf[i] = fontOf[i - 1];
            }
        }
        for (int i = codePoints.length - 2; i >= 0; i--) {
            if (Kinsoku.mayNotEndLine(codePoints[i]) && chain.get(fontOf[i + 1]).charExists(codePoints[i])) {
                fontOf[i] = fontOf[i + 1];
            }
        }
        return fontOf;
    }

    private static int firstCovering(List<BaseFont> chain, int codePoint) {
        if (codePoint == '\n') {
            return 0;
        }
        for (int f = 0; f < chain.size(); f++) {
            if (chain.get(f).charExists(codePoint)) {
                return f;
            }
        }
        return -1;
    }

    /** The natural width of one line of text in this style, letter spacing included. */
    float width(String text, TextStyle style) {
        List<BaseFont> chain = fonts.chain(style.font());
        float width = 0;
        int count = 0;
        for (int cp : text.codePoints().toArray()) {
            int f = firstCovering(chain, cp);
            BaseFont font = chain.get(Math.max(f, 0));
            width += font.getWidthPoint(cp, style.size());
            count++;
        }
        return width + count * style.letterSpacing();
    }
}
