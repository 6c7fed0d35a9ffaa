package press.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

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
    PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        PdfStructureElement element = new PdfStructureElement(parent == null ? document() : parent, type);
        element.remove(PdfName.TYPE);
        return element;
    }

    /** A heading of the given depth (1 is the document's title) or a paragraph, directly under the document. */
    PdfStructureElement text(int headingDepth) {
        PdfName type = headingDepth > 0 ? new PdfName("H" + Math.min(headingDepth, 6)) : PARAGRAPH;
        return element(null, type);
    }

    /** A figure with the text that replaces it for a reader who cannot see it. */
    PdfStructureElement figure(String alternative) {
        PdfStructureElement figure = element(null, FIGURE);
        figure.put(PdfName.ALT, new PdfString(alternative, PdfString.TEXT_UNICODE));
        return figure;
    }

    /** A table cell: a header cell heads its column; spans are stated where a cell has them. */
    PdfStructureElement cell(PdfStructureElement row, boolean header, int rowSpan, int colSpan) {
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

    /** Draws {@code draw} on {@code canvas} as content of {@code element}. */
    void content(PdfContentByte canvas, PdfStructureElement element, Runnable draw) {
        canvas.beginMarkedContentSequence(element);
        draw.run();
        canvas.endMarkedContentSequence();
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

    /** Draws {@code draw} as a pagination artifact: page numbers, a table's repeated header. */
    void pagination(PdfContentByte canvas, Runnable draw) {
        artifact(canvas, PAGINATION, draw);
    }

    /** Draws {@code draw} as an artifact with no type, as rules, borders and tints are drawn: the most numerous, the shortest mark. */
    void decoration(PdfContentByte canvas, Runnable draw) {
        canvas.beginMarkedContentSequence(ARTIFACT);
        draw.run();
        canvas.endMarkedContentSequence();
    }

    private static void artifact(PdfContentByte canvas, PdfName type, Runnable draw) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, type);
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
        draw.run();
        canvas.endMarkedContentSequence();
    }
}
