package press.render.compose;

/**
 * What a character is to line composition. Full-width punctuation carries half an em of blank
 * that CLREQ lets composition remove: after the glyph for closing marks and the 点号 set in the
 * left half of the em (，。、；：), before it for opening marks.
 */
enum AtomKind {
    /** A CJK ideograph, kana or full-width mark that is never compressed (？！—…·). */
    WIDE,
    /** Full-width opening punctuation: its blank is in front of the glyph. */
    OPENING,
    /** Full-width closing punctuation or a 点号 set in the left half: its blank follows the glyph. */
    CLOSING,
    /** A Latin letter, digit or other narrow character: a run of them is never spread. */
    NARROW,
    /** A space, dropped where a line begins or ends. */
    SPACE,
    /** A shaped cluster (a Tibetan syllable), drawn whole and never spread. */
    SHAPED;

    private static final String OPENING_MARKS = "（《「『“‘【〔〖〘〚〈｛［";
    private static final String CLOSING_MARKS = "，。、；：）》」』”’】〕〗〙〛｝］〉";

    /** The kind of a character whose advance is {@code advance} at an em of {@code size}. */
    static AtomKind of(int c, float advance, float size) {
        if (c == ' ') {
            return SPACE;
        }
        boolean fullWidth = advance >= size * 0.9f;
        if (fullWidth && OPENING_MARKS.indexOf(c) >= 0) {
            return OPENING;
        }
        if (fullWidth && CLOSING_MARKS.indexOf(c) >= 0) {
            return CLOSING;
        }
        return wide(c) || fullWidth && c > 0x2000 ? WIDE : NARROW;
    }

    private static boolean wide(int c) {
        return (c >= 0x2e80 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xfe30 && c < 0xfe50)
                || (c >= 0xff00 && c < 0xffa0) || c >= 0x20000;
    }

    /** Whether half an em of this kind's blank may be removed. */
    boolean compressible() {
        return this == OPENING || this == CLOSING;
    }

    /** Whether a line's remainder may go next to this kind: not inside a run of narrow characters or clusters. */
    boolean spreads() {
        return this == WIDE || this == OPENING || this == CLOSING;
    }
}
