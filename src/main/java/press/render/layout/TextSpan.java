package press.render.layout;

import java.util.List;
import java.util.Objects;
import press.fonts.FontRun;
import press.render.style.Role;

/**
 * Text in the font, size and colour of {@code role}, bold where {@code strong}, cut into runs of
 * one font face each (fallback and 避头尾 already decided). The role may differ from its
 * paragraph's, as the "附件1：" label before an appendix title does. {@code keep} says how whole
 * it stays across a line break.
 */
public record TextSpan(Role role, boolean strong, List<FontRun> runs, Keep keep) implements Span {

    public TextSpan {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(keep, "keep");
        runs = List.copyOf(runs);
    }

    public TextSpan(Role role, boolean strong, List<FontRun> runs) {
        this(role, strong, runs, Keep.ANYWHERE);
    }

    /** The same text kept as {@code how}. */
    public TextSpan kept(Keep how) {
        return new TextSpan(role, strong, runs, how);
    }
}
