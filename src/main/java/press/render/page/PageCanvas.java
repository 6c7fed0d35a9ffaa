package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.render.style.PageStyle;

/**
 * One page as the page builder fills it: its sheet, its place in the document, and the items
 * drawn on it so far. A block drawn again at the top of a later page (a table's head) is drawn
 * while the canvas is {@link #repeating}: its text is then page furniture, not content.
 */
final class PageCanvas {

    private final int index;
    private final PageStyle sheet;
    private final List<PageItem> items = new ArrayList<>();
    private boolean repeating;
    private boolean numbered = true;

    PageCanvas(int index, PageStyle sheet) {
        this.index = index;
        this.sheet = sheet;
    }

    /** The page's place in the document, from 0. */
    int index() {
        return index;
    }

    PageStyle sheet() {
        return sheet;
    }

    /** The left edge of the text block. */
    float left() {
        return sheet.left();
    }

    float textWidth() {
        return sheet.textWidth();
    }

    void add(PageItem item) {
        items.add(item);
    }

    /** What text of structure element {@code element} is tagged as here: its content, or furniture on a repeat. */
    Tag content(int element) {
        return repeating ? Tag.PAGINATION : new Tag.Content(element);
    }

    boolean repeating() {
        return repeating;
    }

    void repeating(boolean repeating) {
        this.repeating = repeating;
    }

    /** This page prints no number (a blank page before an even-page closing block, and that block's page). */
    void unnumbered() {
        numbered = false;
    }

    boolean numbered() {
        return numbered;
    }

    List<PageItem> items() {
        return items;
    }
}
