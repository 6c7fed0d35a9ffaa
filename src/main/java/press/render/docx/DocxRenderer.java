package press.render.docx;

import press.fonts.FontLibrary;
import press.model.Document;
import press.render.Renderer;
import press.render.layout.DocumentLayout;
import press.render.layout.LaidOutDocument;
import press.render.page.ClosingPlace;
import press.render.page.PagedLayout;
import press.render.page.Paginator;
import press.render.layout.Slack;
import press.render.style.StyleSheet;

/**
 * Renders documents to DOCX with one variant's style sheet: the official font names, or with
 * {@code embedFonts} the bundled fonts embedded as subsets. The layout leaves Word's
 * {@link Slack}: Word sets the lines itself, perhaps in substitute fonts. Built once, then used
 * from any thread; docx4j's JAXB context (seconds to start) is warmed when the renderer is built.
 */
public final class DocxRenderer implements Renderer {

    private final DocumentLayout layout;
    private final FontLibrary fonts;
    private final boolean embedFonts;
    private final Paginator pages;

    public DocxRenderer(StyleSheet style, FontLibrary fonts, boolean embedFonts) {
        this.layout = new DocumentLayout(style, fonts, Slack.WORD_PROCESSOR);
        this.fonts = fonts;
        this.embedFonts = embedFonts;
        this.pages = new Paginator(style, fonts);
        DocxWarmUp.ensure();
    }

    @Override
    public byte[] render(Document document) {
        // paged as the PDF is, so the DOCX breaks its pages where ours break (the digest abridged as there)
        PagedLayout paged = pages.fit(layout.layOut(document));
        LaidOutDocument laidOut = paged.document();
        ClosingPlace closing = ClosingPlace.of(paged.pages(), layout.style().page().top()).orElse(null);
        return new DocxComposer(layout.style(), new DocxFonts(fonts, embedFonts, laidOut.fontPlan()), laidOut, closing,
                new DocxLines(paged.pages())).compose();
    }
}
