package press.render.compose;

import press.fonts.FontFace;

/**
 * How the writer that will draw the text measures it. Composition must use the writer's own
 * advances, rounded as it rounds them, or the writer would break a composed line again.
 */
public interface Measure {

    /** The advance of {@code text} (one character, or one shaped cluster) in {@code face} at {@code size} points. */
    float advance(FontFace face, String text, float size);

    /** Whether the face's text is shaped as whole clusters (Tibetan syllables) rather than set character by character. */
    boolean shaped(FontFace face);
}
