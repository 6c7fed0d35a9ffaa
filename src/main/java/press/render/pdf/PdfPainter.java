package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import press.fonts.FontLibrary;
import press.fonts.Shaping;
import press.render.Cancellation;
import press.render.page.Blend;
import press.render.page.Box;
import press.render.page.Page;
import press.render.page.PageItem;
import press.render.page.PagedDocument;
import press.render.page.PlacedChart;
import press.render.page.VectorPath;
import press.render.page.PlacedImage;
import press.render.page.Rule;
import press.render.page.Tag;
import press.render.page.TextLine;

/**
 * Paints one paged document: each page at its size, each item where the page model placed it,
 * inside the marked content of its structure element or as an artifact; consecutive items of
 * one tag share one marked sequence. OpenPDF writes the file, the fonts and the structure
 * objects; it decides nothing of what is printed where. Made for one call and thrown away.
 */
final class PdfPainter {

    private final PagedDocument document;
    private final boolean archival;
    private final PdfFonts fonts;
    private final FontLibrary library;
    private PdfWriter writer;
    private PdfTags tags;
    private PdfRuns runs;
    private PdfStructureElement[] elements;
    private final PdfState state = new PdfState();

    PdfPainter(FontLibrary fonts, PagedDocument document, boolean archival) {
        this.document = document;
        this.archival = archival;
        this.library = fonts;
        this.fonts = new PdfFonts(fonts, document);
    }

    byte[] paint() {
        // a byte array doubled as a bulletin grows reaches half a heap region (512 KB with -Xmx512m)
        // at 256 KB: a humongous allocation, and under load G1 ran a young and a concurrent cycle for
        // every few renders; buffers of 64, 128 and 256 KB, copied once into the file's exact size, are not
        UnsynchronizedByteArrayOutputStream out = UnsynchronizedByteArrayOutputStream.builder()
                .setBufferSize(64 * 1024).get();
        Page first = document.pages().get(0);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle(first.width(), first.height()),
                0, 0, 0, 0);
        try {
            writer = PdfFontWriter.open(pdf, out, fonts::program);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot start a PDF", e);
        }
        tags = new PdfTags(writer);
        runs = new PdfRuns(fonts, tags, new ShapedForms(new Shaping(library)), state);
        writer.setFullCompression();
        // every stream is deflated at the fastest level: the structure tree's object streams, deflated
        // at the default level, were most of the time the tree cost, for a few kilobytes
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        writer.setStrictImageSequence(true);
        PdfConformance.prepare(writer, archival);
        PdfCatalog.describe(pdf, writer, document.metadata());
        PdfOutlines.prepare(writer);
        pdf.open();
        PdfIdentity.date(writer, document.metadata());
        PdfConformance.describe(writer, archival);
        elements = tags.elements(document.structure());
        for (int index = 0; index < document.pages().size(); index++) {
            Cancellation.check();
            Page page = document.pages().get(index);
            if (index > 0) {
                pdf.setPageSize(new Rectangle(page.width(), page.height()));
                pdf.newPage();
            }
            paint(page);
            // a blank page is a page too
            writer.setPageEmpty(false);
        }
        PdfOutlines.add(writer, document.outline(), document.pages());
        writer.setPageLabels(PdfCatalog.pageLabels(document.pages()));
        pdf.close();
        return PdfIdentity.identify(out.toByteArray());
    }

    private void paint(Page page) {
        PdfContentByte canvas = writer.getDirectContent();
        state.reset();
        Tag open = null;
        for (PageItem item : page.items()) {
            if (!item.tag().equals(open)) {
                if (open != null) {
                    canvas.endMarkedContentSequence();
                }
                open = item.tag();
                switch (open) {
                    case Tag.Content content -> tags.beginContent(canvas, elements[content.element()]);
                    case Tag.Artifact artifact -> tags.beginArtifact(canvas, artifact.pagination());
                }
            }
            paint(canvas, item, page.height());
        }
        if (open != null) {
            canvas.endMarkedContentSequence();
        }
    }

    private void paint(PdfContentByte canvas, PageItem item, float height) {
        switch (item) {
            case TextLine line -> runs.draw(canvas, line, height);
            case Rule rule -> {
                state.stroke(canvas, rule.color(), rule.width());
                canvas.moveTo(rule.x1(), height - rule.y1());
                canvas.lineTo(rule.x2(), height - rule.y2());
                canvas.stroke();
            }
            case Box box -> box(canvas, box, height);
            case PlacedImage image -> image(canvas, image, height);
            case VectorPath path -> PdfPaths.draw(canvas, path, height);
            case PlacedChart chart -> chart.drawing().forEach(drawn -> paint(canvas, drawn, height));
        }
    }

    private void box(PdfContentByte canvas, Box box, float height) {
        float y = height - box.y() - box.height();
        if (box.fill() != Box.NONE) {
            state.fill(canvas, box.fill());
            canvas.rectangle(box.x(), y, box.width(), box.height());
            canvas.fill();
        }
        if (box.stroke() > 0) {
            state.stroke(canvas, box.strokeColor(), box.stroke());
            canvas.rectangle(box.x(), y, box.width(), box.height());
            canvas.stroke();
        }
    }

    private static void image(PdfContentByte canvas, PlacedImage placed, float height) {
        try {
            Image image = Image.getInstance(placed.data());
            image.scaleAbsolute(placed.width(), placed.height());
            image.setAbsolutePosition(placed.x(), height - placed.y() - placed.height());
            if (placed.blend() == Blend.MULTIPLY) {
                canvas.saveState();
                PdfGState multiply = new PdfGState();
                multiply.setBlendMode(PdfGState.BM_MULTIPLY);
                canvas.setGState(multiply);
                canvas.addImage(image);
                canvas.restoreState();
                return;
            }
            canvas.addImage(image);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot draw a picture: " + e.getMessage(), e);
        }
    }
}
