package press.render.page;

import java.util.List;

/**
 * A line of text: its runs one after the other from ({@code x}, {@code baseline}), running
 * {@code angle} degrees counter-clockwise from the page's horizontal as a reader sees it (a page
 * number turned with a landscape sheet, a slanted chart label).
 */
public record TextLine(float x, float baseline, float angle, List<GlyphRun> runs, Tag tag) implements PageItem {

    public TextLine {
        runs = List.copyOf(runs);
        java.util.Objects.requireNonNull(tag, "tag");
    }

    /** The line's advance: its runs' widths. */
    public float width() {
        float width = 0;
        for (GlyphRun run : runs) {
            width += run.width();
        }
        return width;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
