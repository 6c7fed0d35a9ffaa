package press.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence (or part of one) of a kind's wording: Chinese text with named blanks
 * ({@code {受理件数}}) and optional parts in square brackets, left out when a blank in them has
 * no value ({@code [，办结率为{办结率}]} where nothing was accepted).
 */
record Phrase(String name, String text, List<Piece> pieces) {

    /** Literal text, a blank, or an optional part made of both. */
    sealed interface Piece permits Literal, BlankRef, Optional {
    }

    record Literal(String text) implements Piece {
    }

    record BlankRef(String name) implements Piece {
    }

    record Optional(List<Piece> pieces) implements Piece {
        Optional {
            pieces = List.copyOf(pieces);
        }
    }

    Phrase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        pieces = List.copyOf(pieces);
    }

    /** @throws IllegalArgumentException for a brace or bracket not closed, or one in the wrong place */
    static Phrase parse(String name, String text) {
        List<Piece> top = new ArrayList<>();
        List<Piece> current = top;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '{' -> {
                    int end = text.indexOf('}', i);
                    if (end < 0) {
                        throw new IllegalArgumentException("“{”没有对应的“}” ('{' is not closed)");
                    }
                    String blank = text.substring(i + 1, end).strip();
                    if (blank.isEmpty() || blank.contains("{") || blank.contains("[") || blank.contains("]")) {
                        throw new IllegalArgumentException("“{" + blank + "}”不是空的名字 (not a blank's name)");
                    }
                    flush(literal, current);
                    current.add(new BlankRef(blank));
                    i = end;
                }
                case '}' -> throw new IllegalArgumentException("多余的“}” (a '}' without '{')");
                case '[' -> {
                    if (current != top) {
                        throw new IllegalArgumentException("方括号不能套方括号 (brackets inside brackets)");
                    }
                    flush(literal, current);
                    current = new ArrayList<>();
                }
                case ']' -> {
                    if (current == top) {
                        throw new IllegalArgumentException("多余的“]” (a ']' without '[')");
                    }
                    flush(literal, current);
                    top.add(new Optional(current));
                    current = top;
                }
                default -> literal.append(c);
            }
        }
        if (current != top) {
            throw new IllegalArgumentException("“[”没有对应的“]” ('[' is not closed)");
        }
        flush(literal, top);
        return new Phrase(name, text, top);
    }

    /** The names of the blanks the text uses, in order. */
    List<String> blankNames() {
        List<String> names = new ArrayList<>();
        collect(pieces, names);
        return names;
    }

    private static void collect(List<Piece> pieces, List<String> names) {
        for (Piece piece : pieces) {
            if (piece instanceof BlankRef ref) {
                names.add(ref.name());
            } else if (piece instanceof Optional optional) {
                collect(optional.pieces(), names);
            }
        }
    }

    private static void flush(StringBuilder literal, List<Piece> into) {
        if (!literal.isEmpty()) {
            into.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
