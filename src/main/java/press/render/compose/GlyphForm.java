package press.render.compose;

/**
 * How a run's characters are drawn: whole, as one shaped cluster, or — for a full-width mark
 * that gave up the blank half of its em (CLREQ's compression) — only the half that holds its
 * ink, so that its drawn advance is what it takes on the line and no glyph overlaps the next.
 */
public enum GlyphForm {
    /** Each character's own glyph at its own advance. */
    FULL,
    /** A closing mark or 点号 set in the left half of its em, drawn half an em wide. */
    LEFT_HALF,
    /** An opening mark set in the right half of its em, drawn half an em wide from its ink. */
    RIGHT_HALF,
    /** One shaped cluster (a Tibetan syllable), drawn whole. */
    CLUSTER;

    /** The part of a full advance this form draws. */
    public float share() {
        return this == LEFT_HALF || this == RIGHT_HALF ? 0.5f : 1;
    }
}
