package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import press.fonts.FontLibrary;
import press.model.Metadata;
import press.render.Cancellation;
import press.render.compose.ComposedLine;
import press.render.compose.LineComposer;
import press.render.compose.Measure;
import press.render.layout.ClosingBlock;
import press.render.layout.EmBox;
import press.render.layout.GridSnap;
import press.render.layout.HeadPart;
import press.render.layout.LaidOutDocument;
import press.render.layout.LaidOutFigure;
import press.render.layout.LaidOutTable;
import press.render.layout.MastheadLine;
import press.render.layout.NewPage;
import press.render.layout.Part;
import press.render.layout.Section;
import press.render.layout.SignatureBlock;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.style.Align;
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
    private final PdfTables tables;
    private final PdfClosing closing;
    private final PdfBreaks breaks = new PdfBreaks(this);
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
    private final LineComposer lines;
    private final Measure measure;
    private PageStyle current;
    private com.lowagie.text.Document pdf;
    private PdfWriter writer;
    private PdfOutlines outlines;

    PdfComposer(StyleSheet style, FontLibrary fonts, LaidOutDocument document, boolean archival) {
        this.style = style;
        this.document = document;
        this.archival = archival;
        this.text = new PdfText(style, new PdfFonts(fonts, document.fontPlan()),
                new ShapedRuns(fonts, () -> writer.getDirectContent()));
        this.tables = new PdfTables(text, style);
        this.lines = new LineComposer(style);
        this.measure = text.measure();
        this.closing = new PdfClosing(style, this);
        this.head = new PdfHead(style, text);
        this.signature = new PdfSignature(this);
    }

    byte[] compose() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PageStyle page = document.sections().get(0).page();
        current = page;
        pdf = new com.lowagie.text.Document(new Rectangle(page.width(), page.height()),
                page.left(), page.right(), top(page), page.bottom());
        try {
            writer = PdfWriter.getInstance(pdf, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot start a PDF", e);
        }
        writer.setFullCompression();
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageNumbers(style.pageNumber(), style.page(), text, document.pageNumbers(),
                this::printsNumber));
        if (archival) {
            PdfArchival.prepare(writer);
        }
        describe(document.metadata());
        outlines = new PdfOutlines(writer);
        pdf.open();
        PdfIdentity.date(writer, document.metadata());
        if (archival) {
            PdfArchival.describe(writer);
        }
        boolean first = true;
        for (Section section : document.sections()) {
            if (!first) {
                startPage(section.page());
            }
            first = false;
            section.parts().forEach(this::add);
        }
        writer.setPageLabels(pageLabels());
        pdf.close();
        return PdfIdentity.identify(out.toByteArray());
    }

    /**
     * Page labels that say what is printed on each page: its number, or nothing where no number
     * is printed (a 公文's first page, the blank page and the 版记 page after it).
     */
    private PdfPageLabels pageLabels() {
        PdfPageLabels labels = new PdfPageLabels();
        Boolean numbered = null;
        for (int page = 1; page <= writer.getPageNumber(); page++) {
            boolean printed = printsNumber(page);
            if (numbered == null || printed != numbered) {
                labels.addPageLabel(page, printed ? PdfPageLabels.DECIMAL_ARABIC_NUMERALS : PdfPageLabels.EMPTY, null,
                        page);
                numbered = printed;
            }
        }
        return labels;
    }

    /** Whether a page's number is printed: not on a page marked unnumbered, nor on the first where the sheet says so. */
    private boolean printsNumber(int page) {
        return !unnumbered.contains(page) && (page > 1 || style.pageNumber().firstPage());
    }

    private void describe(Metadata metadata) {
        pdf.addTitle(metadata.title());
        String subject = (metadata.region() + " " + metadata.period()).strip();
        if (!subject.isEmpty()) {
            pdf.addSubject(subject);
        }
        if (!metadata.issuer().isEmpty()) {
            pdf.addAuthor(metadata.issuer());
        }
        pdf.addCreator("Bulletin Press");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
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
                breaks.flow(paragraph);
                outlines.placed(paragraph, style.role(paragraph.role()).marker(), pdf.left(),
                        pageNumber() == page ? top : pdf.top());
            }
            case MastheadLine line -> put(mastheadLine(line));
            case HeadPart headPart -> {
                head.draw(headPart, writer.getDirectContent(), current);
                TextStyle title = style.role(Role.TITLE);
                spacing.advance(flowY() - title.leading() - (current.height() - current.top() - headPart.titleTop()
                        - EmBox.ASCENT * title.size()));
            }
            case GridSnap snap -> spacing.snap(snap, current);
            case SignatureBlock block -> signature.add(block);
            case LaidOutTable table -> tables.draw(table, this::put, pager);
            case LaidOutFigure figure -> figure(figure);
            case ClosingBlock block -> closing(block);
            case NewPage newPage -> pdf.newPage();
        }
    }

    private PdfPTable mastheadLine(MastheadLine line) {
        TextStyle lineStyle = style.role(Role.MASTHEAD_LINE);
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.addCell(mastheadCell(line.office(), line, Element.ALIGN_LEFT));
        table.addCell(mastheadCell(line.date(), line, Element.ALIGN_RIGHT));
        table.setSpacingAfter(lineStyle.spaceAfter());
        return table;
    }

    private PdfPCell mastheadCell(List<Span> content, MastheadLine line, int alignment) {
        PdfPCell cell = new PdfPCell(text.phrase(Role.MASTHEAD_LINE, content, false));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(line.ruleColor()));
        cell.setBorderWidthBottom(line.rule());
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(style.role(Role.MASTHEAD_LINE).size() * 0.5f);
        return cell;
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

    com.lowagie.text.pdf.PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    /** A picture centred in the flow, on the next page when it and its caption do not fit this one. */
    private void figure(LaidOutFigure figure) {
        keepRoom(figure.keepRoom());
        try {
            com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(figure.data());
            image.scaleAbsolute(figure.width(), figure.height());
            image.setAlignment(com.lowagie.text.Image.MIDDLE);
            put(image);
        } catch (java.io.IOException | DocumentException e) {
            throw new IllegalStateException("cannot place a figure: " + e.getMessage(), e);
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
        table.writeSelectedRows(0, -1, pdf.left(), pdf.bottom() + height, writer.getDirectContent());
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
    private void keepRoom(float height) {
        if (writer.getVerticalPosition(true) - pdf.bottom() < height) {
            pdf.newPage();
        }
    }

    /** The paragraph's lines at a measure of {@code width} points. */
    List<ComposedLine> compose(TextParagraph laidOut, float width) {
        return lines.compose(laidOut, width, measure);
    }

    /** A whole paragraph composed at {@code width} points, as a cell of the closing block holds it. */
    Paragraph paragraph(TextParagraph laidOut, float width) {
        return paragraph(laidOut, compose(laidOut, width), true);
    }

    /**
     * Composed lines of a paragraph in its role's style, with the layout's own alignment, indents
     * and spacing where it gives them: the space before and the first-line indent only where the
     * lines start the paragraph, the space after only where they {@code end} it. A justified
     * paragraph's lines are already justified, so OpenPDF sets them flush left.
     */
    Paragraph paragraph(TextParagraph laidOut, List<ComposedLine> composed, boolean end) {
        TextStyle textStyle = style.role(laidOut.role());
        boolean start = composed.isEmpty() || composed.get(0).first();
        Paragraph paragraph = new Paragraph(text.lines(laidOut, composed));
        paragraph.setLeading(textStyle.leading());
        Align align = laidOut.align() != null ? laidOut.align() : textStyle.align();
        paragraph.setAlignment(alignment(align == Align.JUSTIFY ? Align.LEFT : align));
        float firstLine = laidOut.indent() != null ? laidOut.indent().firstLine()
                : textStyle.indent() * textStyle.characterWidth();
        paragraph.setIndentationLeft(laidOut.indent() != null ? laidOut.indent().left() : 0);
        paragraph.setFirstLineIndent(start ? firstLine : 0);
        paragraph.setSpacingBefore(start && !laidOut.flushTop() ? textStyle.spaceBefore() : 0);
        paragraph.setSpacingAfter(end ? textStyle.spaceAfter() : 0);
        return paragraph;
    }

    static int alignment(Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
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
