package press.render.compose;

import java.util.Objects;
import press.fonts.FontFace;

/**
 * The unit of composition: one character or one shaped cluster of span {@code span}, in
 * {@code face} at {@code size}, with its advance and the role's nominal tracking after it, and
 * what a line break after it costs beyond the 避头尾 rules ({@code breakCost}: inside a word or a
 * name that should stay whole).
 */
record Atom(int span, FontFace face, String text, float size, float advance, float tracking, AtomKind kind,
            double breakCost) {

    Atom {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    Atom(int span, FontFace face, String text, float size, float advance, float tracking, AtomKind kind) {
        this(span, face, text, size, advance, tracking, kind, 0);
    }

    Atom costing(double cost) {
        return new Atom(span, face, text, size, advance, tracking, kind, cost);
    }

    int first() {
        return text.codePointAt(0);
    }

    int last() {
        return text.codePointBefore(text.length());
    }

    /** The half em of blank a full-width mark can give up. */
    float half() {
        return kind.compressible() ? advance / 2 : 0;
    }
}
