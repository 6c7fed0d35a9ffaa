package press.render.pdf;

import press.model.Document;
import press.render.FontLibrary;
import press.render.Format;
import press.render.Renderer;
import press.render.StyleSheet;

/**
 * Renders documents to PDF with one variant's style sheet and the shared font library. Built
 * once, then used from any thread: each call composes in its own {@link PdfComposer} with the
 * font subsets of its own document.
 */
public final class PdfRenderer implements Renderer {

    private final StyleSheet style;
    private final FontLibrary fonts;
    private final boolean archival;

    /** @param archival write PDF/A-2b, for the archive */
    public PdfRenderer(StyleSheet style, FontLibrary fonts, boolean archival) {
        this.style = style;
        this.fonts = fonts;
        this.archival = archival;
    }

    public PdfRenderer(StyleSheet style, FontLibrary fonts) {
        this(style, fonts, false);
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public byte[] render(Document document) {
        return new PdfComposer(style, fonts, document, archival).compose();
    }
}
