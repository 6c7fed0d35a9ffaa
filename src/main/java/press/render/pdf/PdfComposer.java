package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import press.fonts.FontLibrary;
import press.render.Cancellation;
import press.render.layout.ClosingBlock;
import press.render.layout.EmBox;
import press.render.layout.GridSnap;
import press.render.layout.HeadPart;
import press.render.layout.LaidOutDocument;
import press.render.layout.LaidOutChart;
import press.render.layout.LaidOutFigure;
import press.render.layout.LaidOutTable;
import press.render.layout.MastheadLine;
import press.render.layout.NewPage;
import press.render.layout.Part;
import press.render.layout.Section;
import press.render.layout.SignatureBlock;
import press.render.layout.TextParagraph;
import press.render.style.PageStyle;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/** Draws one laid-out document; made for one call and thrown away, so its state is never shared. */
final class PdfComposer {

    private final StyleSheet style;
    private final LaidOutDocument document;
    private final boolean archival;
    private final PdfText text;
    private PdfTables tables;
    private final PdfClosing closing;
    private PdfBreaks breaks;
    private final PdfSpacing spacing = new PdfSpacing(this);
    private final PdfHead head;
    private final PdfSignature signature;
    private final PdfTables.Pager pager = new PdfTables.Pager() {
        @Override
        public float room() {
            return flowY() - pdf.bottom();
        }

        @Override
        public float pageHeight() {
            return pdf.top() - pdf.bottom();
        }
    };
    private final Set<Integer> unnumbered = new HashSet<>();
    private final PdfParagraphs paragraphs;
    private final PdfFigures figures;
    private PageStyle current;
    private final PdfFonts fonts;
    private com.lowagie.text.Document pdf;
    private PdfWriter writer;
    private PdfOutlines outlines;
    private PdfTags tags;
    private final PdfHeadings headings = new PdfHeadings();

    PdfComposer(StyleSheet style, FontLibrary fonts, LaidOutDocument document, boolean archival) {
        this.style = style;
        this.document = document;
        this.archival = archival;
        this.fonts = new PdfFonts(fonts, document.fontPlan());
        this.text = new PdfText(style, this.fonts, new ShapedRuns(fonts, () -> writer.getDirectContent()));
        this.paragraphs = new PdfParagraphs(style, text);
        this.figures = new PdfFigures(this, new PdfChart(style, text));
        this.closing = new PdfClosing(style, this);
        this.head = new PdfHead(style, text);
        this.signature = new PdfSignature(this);
    }

    byte[] compose() {
        // a byte array doubled as a bulletin grows reaches half a heap region (512 KB with -Xmx512m)
        // at 256 KB: a humongous allocation, and under load G1 ran a young and a concurrent cycle for
        // every few renders; buffers of 64, 128 and 256 KB, copied once into the file's exact size, are not
        UnsynchronizedByteArrayOutputStream out = UnsynchronizedByteArrayOutputStream.builder()
                .setBufferSize(64 * 1024).get();
        PageStyle page = document.sections().get(0).page();
        current = page;
        pdf = new com.lowagie.text.Document(new Rectangle(page.width(), page.height()),
                page.left(), page.right(), top(page), page.bottom());
        try {
            writer = PdfFontWriter.open(pdf, out, fonts::program);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot start a PDF", e);
        }
        tags = new PdfTags(writer);
        PdfLines lines = new PdfLines(style, text, tags);
        breaks = new PdfBreaks(this, lines);
        tables = new PdfTables(style, paragraphs, lines, tags);
        writer.setFullCompression();
        // page content is deflated fast as each page closes; what is written after the last page
        // (the structure tree, outlines, cross-references: repetitive dictionaries) packs well
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        writer.setPageEvent(new com.lowagie.text.pdf.PdfPageEventHelper() {
            @Override
            public void onCloseDocument(PdfWriter closing, com.lowagie.text.Document document) {
                closing.setCompressionLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            }
        });
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageNumbers(style.pageNumber(), style.page(), text, document.pageNumbers(),
                this::printsNumber, tags));
        PdfConformance.prepare(writer, archival);
        PdfCatalog.describe(pdf, writer, document.metadata());
        outlines = new PdfOutlines(writer);
        pdf.open();
        PdfIdentity.date(writer, document.metadata());
        PdfConformance.describe(writer, archival);
        boolean first = true;
        for (Section section : document.sections()) {
            if (!first) {
                startPage(section.page());
            }
            first = false;
            section.parts().forEach(this::add);
        }
        writer.setPageLabels(PdfCatalog.pageLabels(writer.getPageNumber(), this::printsNumber));
        pdf.close();
        return PdfIdentity.identify(out.toByteArray());
    }

    /** Whether a page's number is printed: not on a page marked unnumbered, nor on the first where the sheet says so. */
    private boolean printsNumber(int page) {
        return !unnumbered.contains(page) && (page > 1 || style.pageNumber().firstPage());
    }

    private void add(Part part) {
        Cancellation.check();
        switch (part) {
            case TextParagraph paragraph -> {
                if (paragraph.keepRoom() > 0) {
                    keepRoom(paragraph.keepRoom());
                }
                int page = pageNumber();
                float top = flowY();
                breaks.flow(paragraph, tags.text(headings.depth(paragraph.role())));
                outlines.placed(paragraph, style.role(paragraph.role()).marker(), pdf.left(),
                        pageNumber() == page ? top : pdf.top());
            }
            case MastheadLine line -> tags.content(canvas(), tags.text(0), () -> put(PdfMasthead.line(line, style, text)));
            case HeadPart headPart -> {
                head.draw(headPart, writer.getDirectContent(), current, tags);
                TextStyle title = style.role(Role.TITLE);
                spacing.advance(flowY() - title.leading() - (current.height() - current.top() - headPart.titleTop()
                        - EmBox.ASCENT * title.size()));
            }
            case GridSnap snap -> spacing.snap(snap, current);
            case SignatureBlock block -> signature.add(block);
            case LaidOutTable table -> tables.draw(table, this::put, pager);
            case LaidOutFigure figure -> figures.figure(figure);
            case LaidOutChart chart -> figures.chart(chart);
            case ClosingBlock block -> closing(block);
            case NewPage newPage -> pdf.newPage();
        }
    }

    StyleSheet style() {
        return style;
    }

    float left() {
        return pdf.left();
    }

    float bottom() {
        return pdf.bottom();
    }

    float textWidth() {
        return pdf.right() - pdf.left();
    }

    int pageNumber() {
        return writer.getPageNumber();
    }

    void newPage() {
        pdf.newPage();
    }

    /** Whether nothing has moved the flow down this page yet. */
    boolean atPageTop() {
        return flowY() >= pdf.top() - 0.01f;
    }

    /** Moves the flow down by {@code height} points, no further than the foot of the page. */
    void advance(float height) {
        spacing.advance(Math.min(height, flowY() - pdf.bottom() - 0.01f));
    }

    PdfBreaks breaks() {
        return breaks;
    }

    PdfTags tags() {
        return tags;
    }

    com.lowagie.text.pdf.PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    /** Draws a positioned image on the page. */
    void addImage(com.lowagie.text.Image image) {
        try {
            canvas().addImage(image);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot draw an image: " + e.getMessage(), e);
        }
    }

    /** Where the next line of the flow hangs from: its baseline will be one leading below. */
    float flowY() {
        return writer.getVerticalPosition(false);
    }

    /**
     * The closing block goes on the foot of the last page, on a new page when this one has no
     * room; where the sheet asks for an even last page (a 公文), it moves on to one, portrait,
     * and a blank page put before it carries no page number, nor does the closing page after it.
     */
    private void closing(ClosingBlock block) {
        PdfPTable table = closing.build(block);
        float height = table.getTotalHeight();
        boolean fits = flowY() - pdf.bottom() >= height + style.role(Role.CLOSING).leading()
                && (!style.closing().evenPage() || current.width() < current.height());
        if (!fits) {
            startPage(style.closing().evenPage() ? style.page() : current);
        }
        if (style.closing().evenPage() && writer.getPageNumber() % 2 == 1) {
            if (writer.isPageEmpty()) {
                // the flow has already opened this odd page, or the block did not fit the page before
                unnumbered.add(writer.getPageNumber());
                writer.setPageEmpty(false);
                pdf.newPage();
                unnumbered.add(writer.getPageNumber());
            } else {
                startPage(style.page());
            }
        }
        // one paragraph to a reader: its rules and cells are how it is printed, not what it says
        tags.content(canvas(), tags.text(0),
                () -> table.writeSelectedRows(0, -1, pdf.left(), pdf.bottom() + height, writer.getDirectContent()));
    }

    /** Starts a new page of the section's sheet; a landscape sheet keeps the text block where it is. */
    private void startPage(PageStyle page) {
        current = page;
        pdf.setPageSize(new Rectangle(page.width(), page.height()));
        pdf.setMargins(page.left(), page.right(), top(page), page.bottom());
        pdf.newPage();
    }

    /**
     * The top margin OpenPDF gets. It puts a line's baseline one leading below the top; on a
     * grid the baseline belongs where the body size's em box (0.88 above, 0.12 below the
     * baseline in CJK fonts) sits centred in the first band, so the margin moves up by the
     * difference.
     */
    private float top(PageStyle page) {
        if (!page.grid()) {
            return page.top();
        }
        TextStyle body = style.role(Role.BODY);
        return page.top() - (body.leading() - (body.leading() / 2 + 0.38f * body.size()));
    }

    /** Moves to a new page unless {@code height} points are left on this one. */
    void keepRoom(float height) {
        if (writer.getVerticalPosition(true) - pdf.bottom() < height) {
            pdf.newPage();
        }
    }

    /** How this document's paragraphs are composed and set. */
    PdfParagraphs paragraphs() {
        return paragraphs;
    }

    void put(Element element) {
        try {
            pdf.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out a " + element.getClass().getSimpleName() + " on page "
                    + writer.getPageNumber(), e);
        }
    }
}
