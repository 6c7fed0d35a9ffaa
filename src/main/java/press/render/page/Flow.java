package press.render.page;

import java.util.List;
import java.util.Objects;

/**
 * What the page builder stacks down a section's pages, in reading order: blocks of content,
 * blank space that no page starts or ends with, the places where a page may end (nowhere else),
 * forced page ends, and the return to the line grid after text set off it.
 */
sealed interface Flow {

    /**
     * Content {@code height} points high, drawn once its place is known; it needs
     * {@code overhang} points more below it on its page (a seal reaching under its lines), and
     * {@code foot} blocks sit on the foot of the text block (the closing block).
     */
    record Block(float height, float overhang, boolean foot, Drawing drawing) implements Flow {

        public Block {
            Objects.requireNonNull(drawing, "drawing");
            if (height < 0 || overhang < 0) {
                throw new IllegalArgumentException("a block's height and overhang are not negative");
            }
        }

        Block(float height, Drawing drawing) {
            this(height, 0, false, drawing);
        }
    }

    /** Blank space, dropped where a page starts or ends. */
    record Space(float height) implements Flow {
    }

    /**
     * A place where a page may end; the next page starts with {@code repeat} (a table's head,
     * drawn again as page furniture) before what follows.
     */
    record Break(List<Block> repeat) implements Flow {

        static final Break PLAIN = new Break(List.of());

        public Break {
            repeat = List.copyOf(repeat);
        }
    }

    /** The page ends here, whatever room is left. */
    record NewPage() implements Flow {
    }

    /**
     * Back onto the line grid after text set off it: the next line goes in the first band of the
     * grid that leaves {@code blankLines} empty lines under the line above, whose baseline lies
     * {@code raised} points above the flow and whose em box reaches {@code descent} points below
     * that baseline.
     */
    record Snap(int blankLines, float raised, float descent) implements Flow {
    }
}
