package press.render.pdf;

import press.model.Document;
import press.render.Format;
import press.render.Renderer;
import press.render.StyleSheet;

/**
 * Renders documents to PDF with one variant's style sheet and the shared fonts. Built once,
 * then used from any thread: each call composes in its own {@link PdfComposer}.
 */
public final class PdfRenderer implements Renderer {

    private final StyleSheet style;
    private final PdfText text;
    private final PdfTables tables;
    private final PdfClosing closing;

    public PdfRenderer(StyleSheet style, PdfFontSet fonts) {
        this.style = style;
        this.text = new PdfText(fonts);
        this.tables = new PdfTables(text, style);
        this.closing = new PdfClosing(text, style);
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public byte[] render(Document document) {
        return new PdfComposer(style, text, tables, closing).compose(document);
    }
}
