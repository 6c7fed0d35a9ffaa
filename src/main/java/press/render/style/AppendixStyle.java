package press.render.style;

import java.util.Objects;

/**
 * How an appendix announces itself: the layout, and the label with {@code {n}} for its number
 * ("附件{n}：" as the source bulletins write it; GB/T 9704 itself has "附件{n}"). A lone
 * appendix has no number (§7.3.4 numbers attachments only when there are several): "附件".
 */
public record AppendixStyle(AppendixLayout layout, String label) {

    public AppendixStyle {
        Objects.requireNonNull(layout, "appendix layout");
        if (label == null || !label.contains("{n}")) {
            throw new IllegalArgumentException("the appendix label must contain {n}");
        }
    }

    /** The label of appendix {@code number} of {@code count}. */
    public String label(int number, int count) {
        return label.replace("{n}", count > 1 ? Integer.toString(number) : "");
    }
}
