package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.fonts.FontRun;
import press.render.style.Role;

/**
 * Text in the font, size and colour of {@code role}, bold where {@code strong}, cut into runs of
 * one font face each (fallback and 避头尾 already decided). The role may differ from its
 * paragraph's, as the "附件1：" label before an appendix title does.
 */
public record TextSpan(Role role, boolean strong, List<FontRun> runs) implements Span {

    public TextSpan {
        Objects.requireNonNull(role, "role");
        runs = List.copyOf(runs);
    }
}
