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
        return Punctuation.mayBreakBetween(cc[current], current + 1 < end ? cc[current + 1] : 0);
    }
}
