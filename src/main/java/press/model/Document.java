package press.model;

import java.util.List;

/**
 * A whole bulletin: its metadata and its blocks in reading order. At most one closing block,
 * and it comes last; appendices come after the body and before the closing block.
 */
public record Document(Metadata metadata, List<Block> blocks) {

    public Document {
        java.util.Objects.requireNonNull(metadata, "metadata");
        blocks = Checks.nonEmptyCopy(blocks, "document blocks");
        checkOrder(blocks);
    }

    private static void checkOrder(List<Block> blocks) {
        boolean inAppendices = false;
        int lastAppendix = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Closing && i != blocks.size() - 1) {
                throw new IllegalArgumentException("the closing block must be the last block");
            }
            if (block instanceof Appendix appendix) {
                if (appendix.number() != lastAppendix + 1) {
                    throw new IllegalArgumentException("appendix " + appendix.number() + " follows appendix "
                            + lastAppendix + "; appendices are numbered 1, 2, 3 in order");
                }
                lastAppendix = appendix.number();
                inAppendices = true;
            } else if (inAppendices && !(block instanceof Closing)) {
                throw new IllegalArgumentException("only appendices and the closing block may follow an appendix, found "
                        + block.getClass().getSimpleName());
            }
        }
    }
}
