package press.model;

/** The page orientation a table asks for; AUTO lets the renderer turn the page when the table is too wide. */
public enum Orientation {
    AUTO, PORTRAIT, LANDSCAPE
}
