package press.render.style;

/**
 * Paper size and the text block's margins, in points, for a portrait page. The margins of a
 * landscape page follow from turning the portrait sheet a quarter clockwise (its binding edge
 * goes to the top), so the text block keeps its place on the sheet. With {@code grid}, body
 * lines sit in equal bands from the top of the text block, each line centred in its band, as
 * the 22 × 28 grid of GB/T 9704 has them.
 */
public record PageStyle(float width, float height, float top, float bottom, float left, float right, boolean grid) {

    public PageStyle {
        if (width <= 0 || height <= 0 || left + right >= width || top + bottom >= height) {
            throw new IllegalArgumentException("the margins leave no text block on the page");
        }
    }

    public float textWidth() {
        return width - left - right;
    }

    public float textHeight() {
        return height - top - bottom;
    }

    /** The same sheet turned clockwise: the binding margin is on top, the former top on the right. */
    public PageStyle landscape() {
        return new PageStyle(height, width, left, right, bottom, top, grid);
    }
}
