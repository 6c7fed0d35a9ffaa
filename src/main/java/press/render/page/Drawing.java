package press.render.page;

/** How a block puts its items on the page once the page builder has given it a place. */
@FunctionalInterface
interface Drawing {

    /** Draws the block with its top {@code top} points below the sheet's top edge. */
    void draw(PageCanvas canvas, float top);
}
