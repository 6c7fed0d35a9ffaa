package press.render.layout;

import java.util.List;

/**
 * The 版头 of a 公文 on the first page, every line and rule at the place the standard gives;
 * the title that follows starts with the top of its em box {@code titleTop} below the text
 * block's top edge.
 */
public record HeadPart(List<PlacedText> texts, List<PlacedRule> rules, float titleTop) implements Part {

    public HeadPart {
        texts = List.copyOf(texts);
        rules = List.copyOf(rules);
    }
}
