package press.template;

import java.util.Objects;

/**
 * A named blank of the phrases, declared once for the kind: its kind and where its value
 * comes from — {@code from}: a data path {@code $.hotline.calls}, a derived figure
 * {@code #accepted} of figures.json, or a variable {@code @month} the template assigns; a rate
 * instead has {@code part} and {@code whole}, each such a source of a count.
 */
record Blank(String name, BlankKind kind, String from, String part, String whole) {

    Blank {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (kind == BlankKind.RATE ? part == null || whole == null || from != null : from == null) {
            throw new IllegalArgumentException(kind == BlankKind.RATE ? "a rate takes 'part' and 'whole' (and no 'from')"
                    : "a blank takes 'from'");
        }
    }
}
