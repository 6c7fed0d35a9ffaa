package press.render.docx;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.Tabs;
import press.model.Appendix;
import press.model.AttachmentNote;
import press.model.Block;
import press.model.Closing;
import press.model.Document;
import press.model.Heading;
import press.model.Inline;
import press.model.ItemList;
import press.model.Masthead;
import press.model.PageBreak;
import press.model.Paragraph;
import press.model.Table;
import press.model.Text;
import press.model.Title;
import press.render.AppendixLayout;
import press.render.FontLibrary;
import press.render.Labels;
import press.render.PageStyle;
import press.render.Role;
import press.render.StyleSheet;
import press.render.TableLayout;
import press.render.TextStyle;

/** Writes one document as a Word package; made for one call, so its state is never shared. */
final class DocxComposer {

    /** Digits of common substitute fonts (DejaVu Sans, SimSun's Latin) are up to 0.64 em wide. */
    private static final float SUBSTITUTE_DIGIT_ADVANCE = 0.64f;

    private final StyleSheet style;
    private final FontLibrary library;
    private final Document document;
    private final DocxFonts fonts;
    private final DocxText text;
    private final TableLayout layout;
    private final DocxTables tables;
    private final DocxClosing closing;
    private final DocxPages pages;
    private List<Object> body;
    private boolean landscape;
    private String section = "body";
    private int blockNumber;

    DocxComposer(StyleSheet style, FontLibrary library, boolean embedFonts, Document document) {
        this.style = style;
        this.library = library;
        this.document = document;
        this.fonts = new DocxFonts(library, embedFonts);
        this.text = new DocxText(fonts);
        this.layout = new TableLayout(style, library, SUBSTITUTE_DIGIT_ADVANCE);
        this.tables = new DocxTables(style, text, layout);
        this.closing = new DocxClosing(style, text, library);
        this.pages = new DocxPages(style, fonts, text);
    }

    byte[] compose() {
        try {
            WordprocessingMLPackage word = new WordprocessingMLPackage();
            MainDocumentPart main = new MainDocumentPart();
            word.addTargetPart(main);
            org.docx4j.wml.Document root = Wml.FACTORY.createDocument();
            Body content = Wml.FACTORY.createBody();
            root.setBody(content);
            main.setJaxbElement(root);
            StyleDefinitionsPart styles = new StyleDefinitionsPart();
            styles.setJaxbElement(new DocxStyles(style, fonts).styles());
            main.addTargetPart(styles);
            main.addTargetPart(settings());
            pages.addFooters(main);
            word.setTitle(document.metadata().title());
            body = content.getContent();
            for (Block block : document.blocks()) {
                add(block);
            }
            body.add(Wml.paragraph(Role.BODY.key()));
            content.setSectPr(pages.section(landscape));
            DocxFontEmbedding.addFontTable(main, fonts, library, fonts.used());
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            word.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("cannot write the DOCX: " + e.getMessage(), e);
        }
    }

    private DocumentSettingsPart settings() throws org.docx4j.openpackaging.exceptions.InvalidFormatException {
        DocumentSettingsPart part = new DocumentSettingsPart();
        CTSettings settings = Wml.FACTORY.createCTSettings();
        settings.setEvenAndOddHeaders(Wml.on());
        if (fonts.embedded()) {
            settings.setEmbedTrueTypeFonts(Wml.on());
            settings.setSaveSubsetFonts(Wml.on());
        }
        part.setJaxbElement(settings);
        return part;
    }

    private void add(Block block) {
        blockNumber++;
        if (block instanceof Masthead masthead) {
            masthead(masthead);
        } else if (block instanceof Title title) {
            body.add(text.paragraph(Role.TITLE.key(), title.content(), style.role(Role.TITLE), where("title")));
            if (!title.subtitle().isEmpty()) {
                body.add(text.paragraph(Role.SUBTITLE.key(), title.subtitle(), style.role(Role.SUBTITLE), where("subtitle")));
            }
        } else if (block instanceof Heading heading) {
            Role role = Role.heading(heading.level());
            List<Inline> content = new ArrayList<>();
            if (!style.role(role).marker().isEmpty()) {
                content.add(new Text(style.role(role).marker()));
            }
            content.addAll(heading.content());
            body.add(text.paragraph(role.key(), content, style.role(role), where("heading")));
        } else if (block instanceof Paragraph paragraph) {
            body.add(text.paragraph(Role.BODY.key(), paragraph.content(), style.role(Role.BODY), where("paragraph")));
        } else if (block instanceof ItemList list) {
            int number = 1;
            for (List<Inline> item : list.items()) {
                List<Inline> content = new ArrayList<>();
                if (list.ordered()) {
                    content.add(new Text(Labels.listNumber(number++)));
                }
                content.addAll(item);
                body.add(text.paragraph(Role.BODY.key(), content, style.role(Role.BODY), where("list item")));
            }
        } else if (block instanceof AttachmentNote note) {
            attachments(note);
        } else if (block instanceof Table table) {
            body.add(tables.build(table, textWidth(), where("table")));
        } else if (block instanceof Appendix appendix) {
            appendix(appendix);
        } else if (block instanceof Closing closingBlock) {
            body.add(closing.build(closingBlock, textWidth()));
        } else if (block instanceof PageBreak) {
            P paragraph = Wml.paragraph(Role.BODY.key());
            paragraph.getContent().add(Wml.pageBreak());
            body.add(paragraph);
        }
    }

    private void masthead(Masthead masthead) {
        body.add(text.paragraph(Role.MASTHEAD.key(), masthead.name(), style.role(Role.MASTHEAD), where("masthead")));
        if (!masthead.issue().isEmpty()) {
            body.add(text.paragraph(Role.MASTHEAD_ISSUE.key(), masthead.issue(), style.role(Role.MASTHEAD_ISSUE),
                    where("masthead issue")));
        }
        TextStyle lineStyle = style.role(Role.MASTHEAD_LINE);
        P line = text.paragraph(Role.MASTHEAD_LINE.key(), masthead.office(), lineStyle, where("masthead"));
        Tabs tabs = Wml.FACTORY.createTabs();
        CTTabStop right = Wml.FACTORY.createCTTabStop();
        right.setVal(STTabJc.RIGHT);
        right.setPos(Wml.twips(textWidth()));
        tabs.getTab().add(right);
        line.getPPr().setTabs(tabs);
        R tab = Wml.FACTORY.createR();
        tab.getContent().add(Wml.FACTORY.createRTab(Wml.FACTORY.createRTab()));
        line.getContent().add(tab);
        text.add(line, masthead.date(), lineStyle, false, where("masthead"));
        PPrBase.PBdr border = Wml.FACTORY.createPPrBasePBdr();
        border.setBottom(Wml.border(style.closing().thickRule() * 2, style.role(Role.MASTHEAD).color()));
        line.getPPr().setPBdr(border);
        body.add(line);
    }

    /** 附件说明: "附件：1.name", later names under the first; a wrapped name aligns with its first character. */
    private void attachments(AttachmentNote note) {
        TextStyle attachmentStyle = style.role(Role.ATTACHMENTS);
        float start = attachmentStyle.indent() * attachmentStyle.characterWidth();
        float label = library.width(Labels.ATTACHMENTS, attachmentStyle);
        int count = note.names().size();
        for (int i = 0; i < count; i++) {
            String number = Labels.attachmentNumber(i + 1, count);
            String line = (i == 0 ? Labels.ATTACHMENTS : "") + number + note.names().get(i);
            P paragraph = text.paragraph(Role.ATTACHMENTS.key(), line, attachmentStyle, where("attachment"));
            float numberWidth = library.width(number, attachmentStyle);
            PPrBase.Ind ind = Wml.FACTORY.createPPrBaseInd();
            ind.setLeft(Wml.twips(start + label + numberWidth));
            ind.setHanging(Wml.twips((i == 0 ? label : 0) + numberWidth));
            paragraph.getPPr().setInd(ind);
            if (i > 0) {
                PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
                spacing.setBefore(java.math.BigInteger.ZERO);
                paragraph.getPPr().setSpacing(spacing);
            }
            body.add(paragraph);
        }
    }

    /** Ends the section before it, so the appendix starts a section (and page) of its own orientation. */
    private void appendix(Appendix appendix) {
        P sectionBreak = Wml.paragraph(Role.BODY.key());
        sectionBreak.getPPr().setSectPr(pages.section(landscape));
        body.add(sectionBreak);
        landscape = layout.needsLandscape(appendix);
        section = Labels.appendixLabel(appendix.number());
        blockNumber = 0;
        TextStyle labelStyle = style.role(Role.APPENDIX_LABEL);
        TextStyle titleStyle = style.role(Role.APPENDIX_TITLE);
        if (style.appendix().layout() == AppendixLayout.INLINE) {
            P heading = Wml.paragraph(Role.APPENDIX_TITLE.key());
            text.addInRole(heading, style.appendix().label(appendix.number()), labelStyle, where("appendix label"));
            text.add(heading, appendix.title(), titleStyle, false, where("appendix title"));
            body.add(heading);
        } else {
            body.add(text.paragraph(Role.APPENDIX_LABEL.key(), style.appendix().label(appendix.number()), labelStyle,
                    where("appendix label")));
            body.add(text.paragraph(Role.APPENDIX_TITLE.key(), appendix.title(), titleStyle, where("appendix title")));
        }
        appendix.content().forEach(this::add);
    }

    private float textWidth() {
        PageStyle page = landscape ? style.page().landscape() : style.page();
        return page.textWidth();
    }

    private String where(String kind) {
        return section + ", " + kind + " (block " + blockNumber + ")";
    }
}
