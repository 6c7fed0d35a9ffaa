package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import press.render.page.StructureElement;

/**
 * The document's structure tree and the marks that tie drawn content to it: what a reader
 * reads is marked content of a structure element (a heading, a paragraph, a table cell, a
 * figure); what only decorates the page (rules, page numbers, a table's repeated header, cell
 * borders) is an artifact. Elements are made in reading order, which is the order they are
 * drawn in, so the tree reads as the page does.
 */
final class PdfTags {

    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName PARAGRAPH = PdfName.P;
    static final PdfName TABLE = new PdfName("Table");
    static final PdfName TABLE_HEAD = new PdfName("THead");
    static final PdfName TABLE_BODY = new PdfName("TBody");
    static final PdfName TABLE_ROW = new PdfName("TR");
    static final PdfName HEADER_CELL = new PdfName("TH");
    static final PdfName DATA_CELL = new PdfName("TD");
    static final PdfName FIGURE = new PdfName("Figure");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName TABLE_OWNER = new PdfName("Table");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName ROW_SPAN = new PdfName("RowSpan");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");

    private final PdfWriter writer;
    private PdfStructureElement document;

    /** Marks the writer for tagging; before the document opens. */
    PdfTags(PdfWriter writer) {
        this.writer = writer;
        writer.setTagged();
    }

    /** The root element, made when the document has opened and its structure tree exists. */
    private PdfStructureElement document() {
        if (document == null) {
            document = new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
        }
        return document;
    }

    /**
     * A new element of {@code type} under {@code parent}, or under the document when that is
     * null. Its optional /Type entry goes: a table makes hundreds of elements.
     */
    private PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        PdfStructureElement element = new PdfStructureElement(parent == null ? document() : parent, type);
        element.remove(PdfName.TYPE);
        return element;
    }

    /**
     * The document's structure elements, made in their order (which is the reading order, and so
     * the order of their parents' children); after the document has opened.
     */
    PdfStructureElement[] elements(List<StructureElement> structure) {
        PdfStructureElement[] made = new PdfStructureElement[structure.size()];
        for (int i = 0; i < made.length; i++) {
            StructureElement element = structure.get(i);
            PdfStructureElement parent = element.parent() == StructureElement.DOCUMENT ? null : made[element.parent()];
            made[i] = switch (element.type()) {
                case PARAGRAPH -> element(parent, PARAGRAPH);
                case HEADING -> element(parent, new PdfName("H" + element.level()));
                case TABLE -> element(parent, TABLE);
                case TABLE_ROW -> element(parent, TABLE_ROW);
                case HEADER_CELL -> cell(parent, true, element.rowSpan(), element.colSpan());
                case DATA_CELL -> cell(parent, false, element.rowSpan(), element.colSpan());
                case FIGURE -> figure(parent, element.alternative());
            };
        }
        return made;
    }

    /** A figure with the text that replaces it for a reader who cannot see it. */
    private PdfStructureElement figure(PdfStructureElement parent, String alternative) {
        PdfStructureElement figure = element(parent, FIGURE);
        figure.put(PdfName.ALT, new PdfString(alternative, PdfString.TEXT_UNICODE));
        return figure;
    }

    /** A table cell: a header cell heads its column; spans are stated where a cell has them. */
    private PdfStructureElement cell(PdfStructureElement row, boolean header, int rowSpan, int colSpan) {
        PdfStructureElement cell = element(row, header ? HEADER_CELL : DATA_CELL);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE_OWNER);
        if (header) {
            attributes.put(SCOPE, COLUMN);
        }
        if (rowSpan > 1) {
            attributes.put(ROW_SPAN, new com.lowagie.text.pdf.PdfNumber(rowSpan));
        }
        if (colSpan > 1) {
            attributes.put(COL_SPAN, new com.lowagie.text.pdf.PdfNumber(colSpan));
        }
        if (attributes.size() > 1) {
            cell.put(PdfName.A, attributes);
        }
        return cell;
    }

    /** Opens a sequence of content of {@code element} on {@code canvas}; the caller ends it. */
    void beginContent(PdfContentByte canvas, PdfStructureElement element) {
        canvas.beginMarkedContentSequence(element);
    }

    /**
     * Opens a span of text in {@code language} (a BCP 47 tag) inside the content it belongs to;
     * the caller closes it with the canvas's {@code endMarkedContentSequence}.
     */
    void beginLanguage(PdfContentByte canvas, String language) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.LANG, new PdfString(language));
        canvas.beginMarkedContentSequence(PdfName.SPAN, properties, true);
    }

    /**
     * Opens an artifact on {@code canvas}; the caller ends it: {@code pagination} for page
     * furniture (page numbers, a table's repeated header), else one with no type, as rules,
     * borders and tints are drawn — the most numerous, the shortest mark.
     */
    void beginArtifact(PdfContentByte canvas, boolean pagination) {
        if (!pagination) {
            canvas.beginMarkedContentSequence(ARTIFACT);
            return;
        }
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, PAGINATION);
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }
}
