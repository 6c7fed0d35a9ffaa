package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.render.Cancellation;
import press.render.style.PageStyle;

/**
 * Cuts a section's flow into pages, first fit: blocks go down the page until one does not fit,
 * and the page then ends at the last {@link Flow.Break} before it, so what the flow keeps
 * together (a heading with what follows, a paragraph's first and last two lines, a table's head
 * with two rows) moves on together. Where a page has no such place the block that does not fit
 * starts the next page, and a block taller than a page stands on a page of its own. A foot block
 * sits on the text block's foot; on a sheet that wants the closing block on an even page, it
 * moves on to one, and where that leaves a page empty, the empty page and the closing block's
 * page print no number.
 */
final class PageBuilder {

    /** How far a block may reach past the text block's foot: measured heights are rounded. */
    private static final float TOLERANCE = 0.5f;

    /** Opens the document's pages in order. */
    interface Pages {
        PageCanvas open(PageStyle sheet);

        /** How many pages are open so far. */
        int count();
    }

    private record Placement(Flow.Block block, float y, boolean repeated) {
    }

    private final Pages pages;
    private final boolean evenClosing;

    PageBuilder(Pages pages, boolean evenClosing) {
        this.pages = pages;
        this.evenClosing = evenClosing;
    }

    /** Lays the flow on new pages of {@code sheet}. */
    void lay(PageStyle sheet, Frame frame, List<Flow> flow) {
        int next = 0;
        List<Flow.Block> repeat = List.of();
        while (next < flow.size()) {
            Cancellation.check();
            Scan page = new Scan(sheet, frame, repeat);
            next = page.run(flow, next);
            repeat = page.repeatNext;
            if (page.content) {
                page.draw(pages.open(sheet));
            }
        }
    }

    /** One page being filled: what is placed on it so far, and where it may end. */
    private final class Scan {

        private final PageStyle sheet;
        private final Frame frame;
        private final List<Placement> placed = new ArrayList<>();
        private float y;
        private boolean content;
        private boolean unnumbered;
        private int breakAt = -1;
        private int placedAtBreak;
        private List<Flow.Block> repeatAtBreak = List.of();
        private List<Flow.Block> repeatNext = List.of();

        Scan(PageStyle sheet, Frame frame, List<Flow.Block> repeat) {
            this.sheet = sheet;
            this.frame = frame;
            this.y = frame.top();
            for (Flow.Block block : repeat) {
                placed.add(new Placement(block, y, true));
                y += block.height();
            }
        }

        /** Fills the page from {@code from}; returns where the next page starts. */
        int run(List<Flow> flow, int from) {
            for (int at = from; at < flow.size(); at++) {
                switch (flow.get(at)) {
                    case Flow.Space space -> y += content ? space.height() : 0;
                    case Flow.Snap snap -> y += frame.snap(snap, y);
                    case Flow.Break pause -> {
                        if (content) {
                            breakAt = at;
                            placedAtBreak = placed.size();
                            repeatAtBreak = pause.repeat();
                        }
                    }
                    case Flow.NewPage newPage -> {
                        if (content) {
                            return at + 1;
                        }
                    }
                    case Flow.Block block when block.foot() -> {
                        boolean odd = pages.count() % 2 == 0;
                        if (evenClosing && odd) {
                            if (content) {
                                return at;
                            }
                            // nothing but the closing block is left for this odd page: it stays blank
                            pages.open(sheet).unnumbered();
                            unnumbered = true;
                        }
                        if (!place(block, Math.max(y, frame.bottom() - block.height()), block.height())) {
                            return backUp(at);
                        }
                    }
                    case Flow.Block block -> {
                        if (!place(block, y, block.height() + block.overhang())) {
                            return backUp(at);
                        }
                    }
                }
            }
            return flow.size();
        }

        /** Places the block at {@code top} if {@code room} points from there fit, or on an empty page anyway. */
        private boolean place(Flow.Block block, float top, float room) {
            if (content && top + room > frame.bottom() + TOLERANCE) {
                return false;
            }
            placed.add(new Placement(block, top, false));
            y = top + block.height();
            content = true;
            return true;
        }

        /** The page ends at its last break, or before the block at {@code at} where it has none. */
        private int backUp(int at) {
            if (breakAt < 0) {
                return at;
            }
            placed.subList(placedAtBreak, placed.size()).clear();
            repeatNext = repeatAtBreak;
            return breakAt + 1;
        }

        void draw(PageCanvas canvas) {
            if (unnumbered) {
                canvas.unnumbered();
            }
            for (Placement placement : placed) {
                canvas.repeating(placement.repeated());
                placement.block().drawing().draw(canvas, placement.y());
            }
            canvas.repeating(false);
        }
    }
}
