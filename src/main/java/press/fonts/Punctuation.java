package press.fonts;

/**
 * The 避头尾 rules of Chinese typesetting: punctuation that may not begin a line (closing marks,
 * pause and stop marks, percent) and that may not end one (opening marks, currency signs).
 * Both renderers keep these characters in the font run of their neighbour.
 */
public final class Punctuation {

    private static final String NO_LINE_START = "，。、；：？！）》」』”’％%…—·〉】〕〗〙〛｝］,.;:?!)]}﹚﹜～‥℃°"
            + "ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々〻";
    private static final String NO_LINE_END = "（《「『“‘【〔〖〘〚〈([{＜｛［£¥＄￡￥";

    private Punctuation() {
    }

    public static boolean mayNotStartLine(int c) {
        return NO_LINE_START.indexOf(c) >= 0;
    }

    public static boolean mayNotEndLine(int c) {
        return NO_LINE_END.indexOf(c) >= 0;
    }

    public static boolean isKinsoku(int c) {
        return mayNotStartLine(c) || mayNotEndLine(c);
    }
}
