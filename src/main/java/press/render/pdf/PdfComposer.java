package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import press.model.Appendix;
import press.model.AttachmentNote;
import press.model.Block;
import press.model.Closing;
import press.model.Document;
import press.model.Heading;
import press.model.Inline;
import press.model.ItemList;
import press.model.Masthead;
import press.model.Metadata;
import press.model.PageBreak;
import press.model.Table;
import press.model.Text;
import press.model.Title;
import java.util.Map;
import press.render.Align;
import press.render.DocumentText;
import press.render.FontLibrary;
import press.render.FontSource;
import press.render.AppendixLayout;
import press.render.Labels;
import press.render.PageStyle;
import press.render.Role;
import press.render.StyleSheet;
import press.render.TableLayout;
import press.render.TextStyle;

/** Lays out one document; made for one call and thrown away, so its state is never shared. */
final class PdfComposer {

    private final StyleSheet style;
    private final Document document;
    private final boolean archival;
    private final PdfText text;
    private final TableLayout layout;
    private final PdfTables tables;
    private final PdfClosing closing;
    private com.lowagie.text.Document pdf;
    private PdfWriter writer;
    private String section = "body";
    private int blockNumber;

    PdfComposer(StyleSheet style, FontLibrary fonts, Document document, boolean archival) {
        this.style = style;
        this.document = document;
        this.archival = archival;
        Map<FontSource, int[]> plan = fonts.plan(DocumentText.of(document, style), DocumentText.fontRoles(style));
        this.text = new PdfText(fonts, new PdfFonts(fonts, plan));
        this.layout = new TableLayout(style, fonts);
        this.tables = new PdfTables(text, style, layout);
        this.closing = new PdfClosing(text, style);
    }

    byte[] compose() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PageStyle page = style.page();
        pdf = new com.lowagie.text.Document(new Rectangle(page.width(), page.height()),
                page.left(), page.right(), top(page), page.bottom());
        try {
            writer = PdfWriter.getInstance(pdf, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot start a PDF", e);
        }
        writer.setFullCompression();
        writer.setPageEvent(new PageNumbers(style.pageNumber(), page, text));
        if (archival) {
            PdfArchival.prepare(writer);
        }
        describe(document.metadata());
        pdf.open();
        if (archival) {
            PdfArchival.describe(writer);
        }
        for (Block block : document.blocks()) {
            add(block);
        }
        pdf.close();
        return out.toByteArray();
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

    private void add(Block block) {
        blockNumber++;
        if (block instanceof Masthead masthead) {
            masthead(masthead);
        } else if (block instanceof Title title) {
            title(title);
        } else if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof press.model.Paragraph paragraph) {
            put(paragraph(paragraph.content(), Role.BODY, "paragraph"));
        } else if (block instanceof ItemList list) {
            list(list);
        } else if (block instanceof AttachmentNote note) {
            attachments(note);
        } else if (block instanceof Table table) {
            put(tables.build(table, pdf.right() - pdf.left(), where("table")));
        } else if (block instanceof Appendix appendix) {
            appendix(appendix);
        } else if (block instanceof Closing closingBlock) {
            closing(closingBlock);
        } else if (block instanceof PageBreak) {
            pdf.newPage();
        }
    }

    private void masthead(Masthead masthead) {
        put(paragraph(List.of(new Text(masthead.name())), Role.MASTHEAD, "masthead"));
        if (!masthead.issue().isEmpty()) {
            put(paragraph(List.of(new Text(masthead.issue())), Role.MASTHEAD_ISSUE, "masthead issue"));
        }
        TextStyle lineStyle = style.role(Role.MASTHEAD_LINE);
        PdfPTable line = new PdfPTable(2);
        line.setWidthPercentage(100);
        Color red = new Color(style.role(Role.MASTHEAD).color());
        line.addCell(mastheadCell(masthead.office(), lineStyle, Element.ALIGN_LEFT, red));
        line.addCell(mastheadCell(masthead.date(), lineStyle, Element.ALIGN_RIGHT, red));
        line.setSpacingAfter(lineStyle.spaceAfter());
        put(line);
    }

    private PdfPCell mastheadCell(String content, TextStyle lineStyle, int alignment, Color rule) {
        PdfPCell cell = new PdfPCell(text.phrase(content, lineStyle, where("masthead")));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(rule);
        cell.setBorderWidthBottom(style.closing().thickRule() * 2);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(lineStyle.size() * 0.5f);
        return cell;
    }

    private void title(Title title) {
        put(paragraph(title.content(), Role.TITLE, "title"));
        if (!title.subtitle().isEmpty()) {
            put(paragraph(title.subtitle(), Role.SUBTITLE, "subtitle"));
        }
    }

    private void heading(Heading heading) {
        Role role = Role.heading(heading.level());
        TextStyle headingStyle = style.role(role);
        TextStyle body = style.role(Role.BODY);
        keepRoom(headingStyle.spaceBefore() + headingStyle.leading() + headingStyle.spaceAfter() + 2 * body.leading());
        List<Inline> content = new ArrayList<>();
        if (!headingStyle.marker().isEmpty()) {
            content.add(new Text(headingStyle.marker()));
        }
        content.addAll(heading.content());
        put(paragraph(content, role, "heading"));
    }

    private void list(ItemList list) {
        int number = 1;
        for (List<Inline> item : list.items()) {
            List<Inline> content = new ArrayList<>();
            if (list.ordered()) {
                content.add(new Text(Labels.listNumber(number++)));
            }
            content.addAll(item);
            put(paragraph(content, Role.BODY, "list item"));
        }
    }

    /** 附件说明: "附件：1.name", later names under the first; a wrapped name aligns with its first character. */
    private void attachments(AttachmentNote note) {
        TextStyle attachmentStyle = style.role(Role.ATTACHMENTS);
        float start = attachmentStyle.indent() * attachmentStyle.characterWidth();
        float label = text.width(Labels.ATTACHMENTS, attachmentStyle);
        int count = note.names().size();
        for (int i = 0; i < count; i++) {
            String number = Labels.attachmentNumber(i + 1, count);
            String line = (i == 0 ? Labels.ATTACHMENTS : "") + number + note.names().get(i);
            com.lowagie.text.Paragraph paragraph = paragraph(List.of(new Text(line)), Role.ATTACHMENTS, "attachment");
            float hang = (i == 0 ? label : 0) + text.width(number, attachmentStyle);
            paragraph.setIndentationLeft(start + label + text.width(number, attachmentStyle));
            paragraph.setFirstLineIndent(-hang);
            if (i > 0) {
                paragraph.setSpacingBefore(0);
            }
            put(paragraph);
        }
    }

    private void appendix(Appendix appendix) {
        startPage(layout.needsLandscape(appendix));
        section = Labels.appendixLabel(appendix.number());
        blockNumber = 0;
        TextStyle labelStyle = style.role(Role.APPENDIX_LABEL);
        TextStyle titleStyle = style.role(Role.APPENDIX_TITLE);
        if (style.appendix().layout() == AppendixLayout.INLINE) {
            Phrase line = text.empty(titleStyle);
            line.add(text.phrase(style.appendix().label(appendix.number()), labelStyle, where("appendix label")));
            line.add(text.phrase(appendix.title(), titleStyle, where("appendix title")));
            put(layout(new com.lowagie.text.Paragraph(line), titleStyle));
        } else {
            put(paragraph(List.of(new Text(style.appendix().label(appendix.number()))), Role.APPENDIX_LABEL,
                    "appendix label"));
            put(paragraph(List.of(new Text(appendix.title())), Role.APPENDIX_TITLE, "appendix title"));
        }
        appendix.content().forEach(this::add);
    }

    private void closing(Closing block) {
        float width = pdf.right() - pdf.left();
        PdfPTable table = closing.build(block, width);
        float height = table.getTotalHeight();
        float room = writer.getVerticalPosition(true) - pdf.bottom();
        if (room < height + style.role(Role.CLOSING).leading()) {
            pdf.newPage();
        }
        table.writeSelectedRows(0, -1, pdf.left(), pdf.bottom() + height, writer.getDirectContent());
    }

    /** Starts a new page of the given orientation; the text block stays where it is on the sheet. */
    private void startPage(boolean landscape) {
        PageStyle page = landscape ? style.page().landscape() : style.page();
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

    private com.lowagie.text.Paragraph paragraph(List<Inline> content, Role role, String kind) {
        TextStyle textStyle = style.role(role);
        return layout(new com.lowagie.text.Paragraph(text.phrase(content, textStyle, where(kind))), textStyle);
    }

    private static com.lowagie.text.Paragraph layout(com.lowagie.text.Paragraph paragraph, TextStyle textStyle) {
        paragraph.setLeading(textStyle.leading());
        paragraph.setAlignment(alignment(textStyle.align()));
        paragraph.setFirstLineIndent(textStyle.indent() * textStyle.characterWidth());
        paragraph.setSpacingBefore(textStyle.spaceBefore());
        paragraph.setSpacingAfter(textStyle.spaceAfter());
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

    private String where(String kind) {
        return section + ", " + kind + " (block " + blockNumber + ")";
    }

    private void put(Element element) {
        try {
            pdf.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out " + where("element"), e);
        }
    }
}
