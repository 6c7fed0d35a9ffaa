package press.render.page;

/**
 * How a picture combines with what is drawn under it. A seal is pressed in red ink: printed
 * over the 署名 and date it must leave every character legible, so its colour multiplies with
 * the text beneath (black stays black, white paper takes the red) instead of covering it.
 */
public enum Blend {
    /** The picture covers what is under it, as a photograph does. */
    NORMAL,
    /** The picture's colour multiplies with what is under it, as ink on ink. */
    MULTIPLY
}
