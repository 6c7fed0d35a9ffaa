package press.render.style;

import java.util.Objects;

/**
 * How an appendix announces itself: the layout, and the label with {@code {n}} for its number
 * ("附件{n}：" as the source bulletins write it; GB/T 9704 itself has "附件{n}").
 */
public record AppendixStyle(AppendixLayout layout, String label) {

    public AppendixStyle {
        Objects.requireNonNull(layout, "appendix layout");
        if (label == null || !label.contains("{n}")) {
            throw new IllegalArgumentException("the appendix label must contain {n}");
        }
    }

    public String label(int number) {
        return label.replace("{n}", Integer.toString(number));
    }
}
