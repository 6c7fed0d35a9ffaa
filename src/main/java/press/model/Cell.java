package press.model;

import java.util.List;

/** A table cell; empty content is an empty cell, kept as such. */
public record Cell(List<Inline> content, int rowSpan, int colSpan) {

    public Cell {
        content = Checks.copy(content, "cell content");
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("cell spans must be at least 1, were " + rowSpan + "x" + colSpan);
        }
    }

    public Cell(List<Inline> content) {
        this(content, 1, 1);
    }

    public static Cell of(String text) {
        return new Cell(text.isEmpty() ? List.of() : List.of(new Text(text)));
    }

    public String plainText() {
        return Inline.plainText(content);
    }
}
