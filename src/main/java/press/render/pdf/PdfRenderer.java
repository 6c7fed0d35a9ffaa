package press.render.pdf;

import press.fonts.FontLibrary;
import press.model.Document;
import press.render.Renderer;
import press.render.layout.DocumentLayout;
import press.render.layout.Slack;
import press.render.style.StyleSheet;

/**
 * Renders documents to PDF with one variant's style sheet and the shared font library. Built
 * once, then used from any thread: each call lays the document out and draws it in its own
 * {@link PdfComposer} with the font subsets of its own document.
 */
public final class PdfRenderer implements Renderer {

    private final DocumentLayout layout;
    private final FontLibrary fonts;
    private final boolean archival;

    /** @param archival write PDF/A-2a, for the archive */
    public PdfRenderer(StyleSheet style, FontLibrary fonts, boolean archival) {
        this.layout = new DocumentLayout(style, fonts, Slack.NONE);
        this.fonts = fonts;
        this.archival = archival;
    }

    public PdfRenderer(StyleSheet style, FontLibrary fonts) {
        this(style, fonts, false);
    }

    @Override
    public byte[] render(Document document) {
        return new PdfComposer(layout.style(), fonts, layout.layOut(document), archival).compose();
    }
}
