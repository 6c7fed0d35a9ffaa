package press.model;

import java.util.List;

/** A piece of running text inside a paragraph, heading or table cell. */
public sealed interface Inline permits Text, Strong, Kai, LineBreak {

    /** The plain text of these inlines, line breaks as {@code '\n'}. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Text text -> out.append(text.value());
                case Strong strong -> out.append(plainText(strong.content()));
                case Kai kai -> out.append(plainText(kai.content()));
                case LineBreak lineBreak -> out.append('\n');
            }
        }
        return out.toString();
    }
}
