package press.render.page;

import java.util.Objects;
import press.fonts.FontLibrary;
import press.render.compose.LineComposer;
import press.render.layout.LaidOutDocument;
import press.render.style.StyleSheet;

/**
 * The page stage of one variant's style sheet: built once and shared by every thread, it cuts
 * each laid-out document into pages in a pass of its own, composing every paragraph over the
 * bundled fonts' own advances. Where the sheet sets a page budget and a document runs over it,
 * the closing block is set tighter, and then an abridgeable table (a ranking) loses the end of
 * its body, as few rows as it takes, a note saying how many.
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
        return fit(document).pages();
    }

    /** The document as it is paged, abridged where the budget asks, with its pages. */
    public PagedLayout fit(LaidOutDocument document) {
        PagedDocument paged = new PaginationPass(style, fonts, composer, document, false).paginate();
        int budget = style.pages().budget();
        if (budget == 0 || paged.pages().size() <= budget) {
            return new PagedLayout(document, paged);
        }
        PagedDocument tighter = new PaginationPass(style, fonts, composer, document, true).paginate();
        if (tighter.pages().size() <= budget) {
            return new PagedLayout(document, tighter);
        }
        return new Abridgement(style, fonts, document).within(budget,
                shorter -> new PaginationPass(style, fonts, composer, shorter, true).paginate(),
                new PagedLayout(document, tighter));
    }
}
