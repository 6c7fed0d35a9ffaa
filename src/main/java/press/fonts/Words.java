package press.fonts;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;

/**
 * Where Chinese text may break without splitting a word ("全|市", "法|院" split words), found by
 * ICU's dictionary-based word break iterator. A title's lines keep their meaning whole (GB/T
 * 9704-2012 §7.3.1 "词意完整"), and a 署名 or an organ name breaks, if it must, between words.
 */
public final class Words {

    /** Iterators are not thread-safe; each call clones this one, which is never used itself. */
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);

    private Words() {
    }

    /** The UTF-16 offsets of {@code text} (0 and its length among them) where one word ends and the next begins. */
    public static BitSet boundaries(String text) {
        BreakIterator words = PROTOTYPE.clone();
        words.setText(text);
        BitSet boundaries = new BitSet(text.length() + 1);
        for (int at = words.first(); at != BreakIterator.DONE; at = words.next()) {
            boundaries.set(at);
        }
        return boundaries;
    }

    /** Loads the dictionary, which takes most of a second the first time: a service does it before its first request. */
    public static void warmUp() {
        boundaries("关于全市政务服务工作情况的通报");
    }
}
