package press.render.style;

/** Horizontal alignment of a text role. */
public enum Align {
    LEFT, CENTER, RIGHT, JUSTIFY
}
