package press.render.layout;

/**
 * What a layout leaves for a word processor that sets the text itself with fonts it chooses:
 * the least advance, in ems, of a character of a number (substitute fonts have wider digits
 * than the bundled ones), and spare characters beside the closing block's print date. A PDF is
 * drawn with the bundled fonts exactly as measured and needs none.
 */
public record Slack(float digitAdvance, float spareCharacters) {

    /** For documents drawn with the bundled fonts as measured: the PDF. */
    public static final Slack NONE = new Slack(0, 0);

    /**
     * For documents that Word, WPS or LibreOffice lay out: digits of common substitute fonts
     * (DejaVu Sans, SimSun's Latin) are up to 0.64 em wide, and each measures a date its own way.
     */
    public static final Slack WORD_PROCESSOR = new Slack(0.64f, 1);

    public Slack {
        if (digitAdvance < 0 || spareCharacters < 0) {
            throw new IllegalArgumentException("slack must not be negative");
        }
    }
}
