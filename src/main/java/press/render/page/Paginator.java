package press.render.page;

import java.util.Objects;
import press.fonts.FontLibrary;
import press.render.compose.LineComposer;
import press.render.layout.LaidOutDocument;
import press.render.style.StyleSheet;

/**
 * The page stage of one variant's style sheet: built once and shared by every thread, it cuts
 * each laid-out document into pages in a pass of its own, composing every paragraph over the
 * bundled fonts' own advances.
 */
public final class Paginator {

    private final StyleSheet style;
    private final FontLibrary fonts;
    private final LineComposer composer;

    public Paginator(StyleSheet style, FontLibrary fonts) {
        this.style = Objects.requireNonNull(style, "style");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.composer = new LineComposer(style);
    }

    public PagedDocument paginate(LaidOutDocument document) {
        return new PaginationPass(style, fonts, composer, document).paginate();
    }
}
