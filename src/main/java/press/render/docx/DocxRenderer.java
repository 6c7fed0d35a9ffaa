package press.render.docx;

import press.model.Document;
import press.render.FontLibrary;
import press.render.Format;
import press.render.Renderer;
import press.render.StyleSheet;

/**
 * Renders documents to DOCX with one variant's style sheet: the official font names, or with
 * {@code embedFonts} the bundled fonts embedded as subsets. Built once, then used from any
 * thread; docx4j's JAXB context (seconds to start) is warmed when the renderer is built.
 */
public final class DocxRenderer implements Renderer {

    private final StyleSheet style;
    private final FontLibrary fonts;
    private final boolean embedFonts;

    public DocxRenderer(StyleSheet style, FontLibrary fonts, boolean embedFonts) {
        this.style = style;
        this.fonts = fonts;
        this.embedFonts = embedFonts;
        DocxWarmUp.ensure();
    }

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public byte[] render(Document document) {
        return new DocxComposer(style, fonts, embedFonts, document).compose();
    }
}
