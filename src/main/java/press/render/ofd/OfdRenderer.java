package press.render.ofd;

import press.fonts.FontLibrary;
import press.model.Document;
import press.render.Renderer;
import press.render.layout.DocumentLayout;
import press.render.layout.Slack;
import press.render.page.PagedDocument;
import press.render.page.Paginator;
import press.render.style.StyleSheet;

/**
 * Renders documents to OFD with one variant's style sheet and the shared font library: the same
 * layout and pages as the PDF, painted by {@link OfdPainter}. Built once, then used from any
 * thread: each call lays out, paginates and paints in its own objects.
 */
public final class OfdRenderer implements Renderer {

    private final DocumentLayout layout;
    private final Paginator pages;
    private final FontLibrary fonts;
    private final boolean archival;
    private final String kind;
    private final String variant;

    /**
     * @param archival write OFD-A (GB/T 42133-2022), for the archive
     * @param kind the bulletin kind's name, recorded in the document's information
     * @param variant the variant's name, likewise
     */
    public OfdRenderer(StyleSheet style, FontLibrary fonts, boolean archival, String kind, String variant) {
        this.layout = new DocumentLayout(style, fonts, Slack.NONE);
        this.pages = new Paginator(style, fonts);
        this.fonts = fonts;
        this.archival = archival;
        this.kind = kind;
        this.variant = variant;
    }

    @Override
    public byte[] render(Document document) {
        return new OfdPainter(fonts, pages(document), archival, kind, variant).paint();
    }

    /** The document laid out and cut into the pages this renderer paints. */
    public PagedDocument pages(Document document) {
        return pages.paginate(layout.layOut(document));
    }
}
