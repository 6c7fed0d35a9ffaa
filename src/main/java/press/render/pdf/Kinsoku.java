package press.render.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import press.fonts.Punctuation;

/**
 * Line breaking with 避头尾: a line may break after any CJK character, except before closing
 * punctuation (，。、）… may not begin a line) and after opening punctuation (（《“ may not end
 * one); a number or Latin word stays with what follows it, and a ——/…… pair is never split.
 */
final class Kinsoku implements SplitCharacter {

    static final Kinsoku INSTANCE = new Kinsoku();

    private Kinsoku() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        return mayBreakAfter(cc[current], current + 1 < end ? cc[current + 1] : 0);
    }

    /** Whether a line may end after {@code c} when {@code next} follows (0 at the end of the text). */
    static boolean mayBreakAfter(char c, char next) {
        if (next != 0 && Punctuation.mayNotStartLine(next)) {
            return false;
        }
        if (Punctuation.mayNotEndLine(c) || (next == c && (c == '—' || c == '…'))) {
            return false;
        }
        if (c <= ' ' || c == '-' || c == '\u2010') {
            return true;
        }
        return isWide(c);
    }

    /** CJK ideographs, kana, CJK and full-width punctuation; a low surrogate ends a supplementary ideograph. */
    private static boolean isWide(char c) {
        return (c >= 0x2e80 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xfe30 && c < 0xfe50)
                || (c >= 0xff00 && c < 0xffa0) || Character.isLowSurrogate(c) || c == '—' || c == '…';
    }
}
