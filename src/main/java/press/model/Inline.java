package press.model;

import java.util.List;

/** A piece of running text inside a paragraph, heading or table cell. */
public sealed interface Inline permits Text, Strong, LineBreak {

    /** The plain text of these inlines, line breaks as {@code '\n'}. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.value());
            } else if (inline instanceof Strong strong) {
                out.append(plainText(strong.content()));
            } else {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
