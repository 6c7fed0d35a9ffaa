package press.render.layout;

import press.fonts.FontLibrary;
import press.render.style.TextStyle;

/** Natural widths of text in a role's style, as the bundled fonts measure it. */
final class Widths {

    private Widths() {
    }

    /** One line of {@code text} in {@code style}, letter spacing included, in points. */
    static float of(FontLibrary fonts, String text, TextStyle style) {
        return fonts.width(text, style.font(), style.size(), style.letterSpacing());
    }
}
