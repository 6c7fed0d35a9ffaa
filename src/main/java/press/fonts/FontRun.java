package press.fonts;

/** A stretch of text drawn in one font face. */
public record FontRun(FontFace face, String text) {
}
