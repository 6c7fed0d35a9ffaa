package press.render.layout;

import java.util.List;

/**
 * How a table is set on its pages: its type at {@code scale} times the style's sizes, on
 * landscape pages or not, and its columns in {@code parts} — one part holding every column, or,
 * for a table too wide even for landscape at the least type, several, each starting with the
 * key columns that say what a row is.
 */
record TableFit(float scale, boolean landscape, List<List<Integer>> parts) {

    TableFit {
        parts = parts.stream().map(List::copyOf).toList();
        if (scale <= 0 || scale > 1 || parts.isEmpty()) {
            throw new IllegalArgumentException("a table is set at its size or smaller, in at least one part");
        }
    }

    boolean split() {
        return parts.size() > 1;
    }
}
