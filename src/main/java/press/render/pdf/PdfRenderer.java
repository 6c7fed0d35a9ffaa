package press.render.pdf;

import press.fonts.FontLibrary;
import press.model.Document;
import press.render.Renderer;
import press.render.layout.DocumentLayout;
import press.render.layout.Slack;
import press.render.page.PagedDocument;
import press.render.page.Paginator;
import press.render.style.StyleSheet;

/**
 * Renders documents to PDF with one variant's style sheet and the shared font library. Built
 * once, then used from any thread: each call lays the document out, cuts it into pages and
 * paints them in its own {@link PdfPainter} with the font subsets of its own document.
 */
public final class PdfRenderer implements Renderer {

    private final DocumentLayout layout;
    private final Paginator pages;
    private final FontLibrary fonts;
    private final boolean archival;

    /** @param archival write PDF/A-2a, for the archive */
    public PdfRenderer(StyleSheet style, FontLibrary fonts, boolean archival) {
        this.layout = new DocumentLayout(style, fonts, Slack.NONE);
        this.pages = new Paginator(style, fonts);
        this.fonts = fonts;
        this.archival = archival;
    }

    public PdfRenderer(StyleSheet style, FontLibrary fonts) {
        this(style, fonts, false);
    }

    @Override
    public byte[] render(Document document) {
        return new PdfPainter(fonts, pages(document), archival).paint();
    }

    /** The document laid out and cut into the pages this renderer paints. */
    public PagedDocument pages(Document document) {
        return pages.paginate(layout.layOut(document));
    }
}
