package press.render.style;

/**
 * Page numbers: {@code format} with {@code {n}} for the number (— 1 —), the gap between the
 * text block and the top of the number, and the inset from the text block's outer edge in
 * characters; odd pages right, even pages left.
 */
public record PageNumberStyle(String font, float size, String format, float below, float inset) {

    public PageNumberStyle {
        if (!format.contains("{n}")) {
            throw new IllegalArgumentException("page number format must contain {n}");
        }
    }

    public String text(int page) {
        return format.replace("{n}", Integer.toString(page));
    }
}
