package press.render.pdf;

import com.lowagie.text.pdf.ByteBuffer;

/**
 * Text operators that show glyphs by their index in an Identity-H font: two bytes a glyph in a
 * literal string, the bytes PDF strings reserve escaped. Writing the indices ourselves reaches
 * glyphs no character maps to (a mark's half-width form) and spares OpenPDF's lookup of every
 * character.
 */
final class GlyphStrings {

    private GlyphStrings() {
    }

    /**
     * Shows {@code count} glyphs with {@code Tj}; where {@code backs} gives a glyph a shift (in
     * thousandths of an em), with {@code TJ}: the text moves back that far after the glyph, or
     * before it where {@code before}.
     */
    static void show(ByteBuffer content, int[] glyphs, int count, float[] backs, boolean before) {
        if (backs == null) {
            string(content, glyphs, 0, count);
            content.append("Tj\n");
            return;
        }
        content.append_i('[');
        int from = 0;
        for (int g = 0; g < count; g++) {
            if (backs[g] == 0) {
                continue;
            }
            int to = before ? g : g + 1;
            if (to > from) {
                string(content, glyphs, from, to);
            }
            content.append(backs[g]);
            from = to;
        }
        if (from < count) {
            string(content, glyphs, from, count);
        }
        content.append("]TJ\n");
    }

    private static void string(ByteBuffer content, int[] glyphs, int from, int to) {
        content.append_i('(');
        for (int g = from; g < to; g++) {
            escaped(content, glyphs[g] >>> 8);
            escaped(content, glyphs[g] & 0xff);
        }
        content.append_i(')');
    }

    private static void escaped(ByteBuffer content, int b) {
        switch (b) {
            case '(', ')', '\\' -> content.append_i('\\').append_i(b);
            case '\r' -> content.append_i('\\').append_i('r');
            case '\n' -> content.append_i('\\').append_i('n');
            default -> content.append_i(b);
        }
    }
}
