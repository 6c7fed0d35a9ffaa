package press.model;

import java.util.List;

/** An appendix (附件N): starts a new page, carries its number and title, then its own blocks. */
public record Appendix(int number, String title, List<Block> content) implements Block {

    public Appendix {
        if (number < 1) {
            throw new IllegalArgumentException("appendix number must be positive, was " + number);
        }
        title = Checks.text(title, "appendix title");
        content = Checks.copy(content, "appendix content");
        for (Block block : content) {
            if (block instanceof Appendix || block instanceof Closing || block instanceof Masthead) {
                throw new IllegalArgumentException(
                        "appendix " + number + " cannot contain a " + block.getClass().getSimpleName());
            }
        }
    }
}
