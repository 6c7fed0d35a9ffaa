package press.render.layout;

import java.util.List;

/**
 * The line under a 简报 masthead: the compiling office at the left, the date at the right (both
 * in the {@code mastheadLine} role), over a rule {@code rule} points thick in {@code ruleColor}
 * (0xRRGGBB).
 */
public record MastheadLine(List<Span> office, List<Span> date, float rule, int ruleColor) implements Part {

    public MastheadLine {
        office = List.copyOf(office);
        date = List.copyOf(date);
    }
}
