package press.fonts;

import java.util.BitSet;

/**
 * The 避头尾 rules of Chinese typesetting: punctuation that may not begin a line (closing marks,
 * pause and stop marks, percent) and that may not end one (opening marks, currency signs).
 * Both renderers keep these characters in the font run of their neighbour.
 */
public final class Punctuation {

    private static final String NO_LINE_START = "，。、；：？！）》」』”’％%…—·〉】〕〗〙〛｝］,.;:?!)]}﹚﹜～‥℃°"
            + "ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々〻";
    private static final String NO_LINE_END = "（《「『“‘【〔〖〘〚〈([{＜｛［£¥＄￡￥";

    /** The two lists as sets of characters (all in the Basic Multilingual Plane): asked of every character laid out. */
    private static final BitSet NOT_STARTING = set(NO_LINE_START);
    private static final BitSet NOT_ENDING = set(NO_LINE_END);

    private Punctuation() {
    }

    private static BitSet set(String characters) {
        BitSet set = new BitSet();
        characters.chars().forEach(set::set);
        return set;
    }

    public static boolean mayNotStartLine(int c) {
        return c >= 0 && NOT_STARTING.get(c);
    }

    public static boolean mayNotEndLine(int c) {
        return c >= 0 && NOT_ENDING.get(c);
    }

    public static boolean isKinsoku(int c) {
        return mayNotStartLine(c) || mayNotEndLine(c);
    }

    /**
     * Whether a line may end after {@code c} when {@code next} follows (0 at the end of the
     * text): after any CJK character, except before closing punctuation and after opening
     * punctuation; a number or Latin word stays with what follows it, and a ——/…… pair is never
     * split. The one rule the PDF's line breaker and the layout's measures both follow.
     */
    public static boolean mayBreakBetween(int c, int next) {
        if (next != 0 && mayNotStartLine(next)) {
            return false;
        }
        if (mayNotEndLine(c) || (next == c && (c == '—' || c == '…'))) {
            return false;
        }
        if (c <= ' ' || c == '-' || c == '\u2010') {
            return true;
        }
        return isWide(c);
    }

    /** CJK ideographs (beyond the BMP too), kana, CJK and full-width punctuation; a low surrogate ends a supplementary ideograph. */
    private static boolean isWide(int c) {
        return (c >= 0x2e80 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xfe30 && c < 0xfe50)
                || (c >= 0xff00 && c < 0xffa0) || (c <= 0xffff && Character.isLowSurrogate((char) c)) || c > 0xffff
                || c == '—' || c == '…';
    }
}
