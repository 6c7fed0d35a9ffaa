package press.render.style;

/**
 * Page numbers: {@code format} with {@code {n}} for the number (— 1 —), the distance from the
 * text block's bottom edge down to the middle of the number's dashes, and the inset from the
 * text block's outer edge in characters; odd pages right, even pages left. {@code firstPage}
 * false leaves page 1 without a number, as a 信函 has it.
 */
public record PageNumberStyle(String font, float size, String format, float below, float inset, boolean firstPage) {

    public PageNumberStyle {
        if (!format.contains("{n}")) {
            throw new IllegalArgumentException("page number format must contain {n}");
        }
    }

    public String text(int page) {
        return format.replace("{n}", Integer.toString(page));
    }
}
