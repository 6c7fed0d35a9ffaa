package press.render.docx;

import java.io.ByteArrayOutputStream;
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
import press.render.Cancellation;
import press.render.DocumentDate;
import press.render.layout.ClosingBlock;
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
import press.render.page.ClosingPlace;
import press.render.page.Keeps;
import press.render.style.Role;
import press.render.style.StyleSheet;

/** Writes one laid-out document as a Word package; made for one call, so its state is never shared. */
final class DocxComposer {

    /** How far above our place the closing block stands on a page of its own: rounding in its rows. */
    private static final float CLOSING_SLACK = 6;

    private final StyleSheet style;
    private final LaidOutDocument document;
    private final DocxFonts fonts;
    private final DocxText text;
    private final DocxTables tables;
    private final DocxClosing closing;
    private final DocxPages pages;
    private final DocxHead head;
    private final DocxSignature signature;
    private List<Object> body;
    private WordprocessingMLPackage word;
    private MainDocumentPart main;
    private int drawings;
    private int charts;
    private Section section;
    private final ClosingPlace closingPlace;
    /** Whether the closing block began a Word section of its own, on a new page. */
    private boolean closingSection;

    DocxComposer(StyleSheet style, DocxFonts fonts, LaidOutDocument document, ClosingPlace closingPlace, DocxLines lines) {
        this.closingPlace = closingPlace;
        this.style = style;
        this.document = document;
        this.fonts = fonts;
        this.text = new DocxText(style, fonts, lines);
        this.tables = new DocxTables(style, text);
        this.closing = new DocxClosing(text);
        this.pages = new DocxPages(style, text, document.pageNumbers());
        this.head = new DocxHead(style, text);
        this.signature = new DocxSignature(style, text);
    }

    byte[] compose() {
        try {
            word = new WordprocessingMLPackage();
            main = new DirectMainDocumentPart();
            word.addTargetPart(main);
            org.docx4j.wml.Document root = Wml.FACTORY.createDocument();
            Body content = Wml.FACTORY.createBody();
            root.setBody(content);
            main.setJaxbElement(root);
            StyleDefinitionsPart styles = new StyleDefinitionsPart();
            styles.setJaxbElement(new DocxStyles(style, fonts).styles());
            main.addTargetPart(styles);
            main.addTargetPart(settings());
            pages.addFooters(main, document.sections().get(0).parts().stream()
                    .filter(part -> part instanceof HeadPart).map(part -> DocxHead.footRules((HeadPart) part))
                    .findFirst().orElse(List.of()));
            DocxProperties.describe(word, document.metadata());
            body = content.getContent();
            List<Section> sections = Keeps.arranged(document.sections(), style.page());
            for (Section next : sections) {
                if (section != null) {
                    // a section ends with a paragraph that carries its properties
                    P sectionBreak = Wml.paragraph(Role.BODY.key());
                    sectionBreak.getPPr().setSectPr(pages.section(section, section == sections.get(0)));
                    body.add(sectionBreak);
                }
                section = next;
                section.parts().forEach(this::add);
            }
            body.add(lastParagraph());
            content.setSectPr(closingSection ? pages.closingSection(section, closingPlace == null || closingPlace.numbered())
                    : pages.section(section, section == sections.get(0)));
            DocxFontEmbedding.addFontTable(main, fonts);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            word.save(out);
            return ZipTimes.stamp(out.toByteArray(), DocumentDate.of(document.metadata()));
        } catch (Docx4JException e) {
            throw new IllegalStateException("cannot write the DOCX: " + e.getMessage(), e);
        }
    }

    private DocumentSettingsPart settings() throws org.docx4j.openpackaging.exceptions.InvalidFormatException {
        DocumentSettingsPart part = new DocumentSettingsPart();
        CTSettings settings = Wml.FACTORY.createCTSettings();
        settings.setEvenAndOddHeaders(Wml.on());
        // Word 2013 and later: without it Word opens the file in Compatibility Mode
        org.docx4j.wml.CTCompat compat = Wml.FACTORY.createCTCompat();
        compat.setCompatSetting("compatibilityMode", "http://schemas.microsoft.com/office/word", "15");
        settings.setCompat(compat);
        if (fonts.embedded()) {
            settings.setEmbedTrueTypeFonts(Wml.on());
            settings.setSaveSubsetFonts(Wml.on());
        }
        part.setJaxbElement(settings);
        return part;
    }

    private void add(Part part) {
        Cancellation.check();
        boolean keepsWithPrevious = part instanceof SignatureBlock
                || part instanceof TextParagraph paragraph && Keeps.withPrevious(paragraph.role());
        if (keepsWithPrevious && !body.isEmpty() && body.get(body.size() - 1) instanceof P previous) {
            // Word has no keep-with-previous: the paragraph before keeps with this one instead
            previous.getPPr().setKeepNext(Wml.on());
        }
        switch (part) {
            case TextParagraph paragraph -> body.add(text.paragraph(paragraph, section.page().textWidth()));
            case MastheadLine line -> body.add(mastheadLine(line));
            case HeadPart headPart -> body.addAll(head.paragraphs(headPart));
            case GridSnap snap -> {
                for (int i = 0; i < snap.blankLines(); i++) {
                    body.add(Wml.paragraph(Role.BODY.key()));
                }
            }
            case SignatureBlock block -> {
                int first = drawings + 2;
                drawings += 2 * Math.max(1, block.seals().size());
                body.addAll(signature.paragraphs(block, word, main, first));
            }
            case LaidOutTable table -> body.add(tables.build(table));
            case LaidOutFigure figure -> {
                drawings += 2;
                body.add(DocxPictures.paragraph(figure, word, main, drawings));
            }
            case LaidOutChart chart -> {
                drawings += 2;
                charts++;
                body.add(new DocxCharts(fonts, style, chart).paragraph(word, main, charts, drawings,
                        DocumentDate.of(document.metadata()).toEpochMilli()));
            }
            case ClosingBlock block -> addClosing(block);
            case NewPage newPage -> {
                P paragraph = Wml.paragraph(Role.BODY.key());
                paragraph.getContent().add(Wml.pageBreak());
                body.add(paragraph);
            }
        }
    }

    /**
     * The closing block where the page stage put it: on a page of its own (a Word section, which
     * on a sheet that wants it on an even page starts on one), or under the body, kept with the
     * body's last lines. A blank above it takes it down towards the foot of the text block, short
     * of where our pages have it by {@link #CLOSING_SLACK} (or half the body's leading, under the body):
     * a word processor may set the lines above a little longer, and the block must still fit.
     */
    private void addClosing(ClosingBlock block) {
        boolean ownPage = closingPlace != null && closingPlace.ownPage();
        boolean startsSection = section.parts().get(0) == block;
        if (ownPage && !startsSection) {
            P sectionBreak = Wml.paragraph(Role.BODY.key());
            sectionBreak.getPPr().setSectPr(pages.section(section, false));
            body.add(sectionBreak);
        } else if (!ownPage && !body.isEmpty() && body.get(body.size() - 1) instanceof P previous) {
            previous.getPPr().setKeepNext(Wml.on());
        }
        closingSection = ownPage || startsSection;
        float gap = closingPlace == null ? 0 : closingPlace.gap();
        float slack = ownPage ? CLOSING_SLACK : style.role(Role.BODY).leading() / 2;
        body.addAll(closing.build(block, Math.max(0, gap - slack)));
    }

    /** The paragraph a Word body ends with: a twentieth of a point high, so it never spills onto a page of its own. */
    private static P lastParagraph() {
        P last = Wml.paragraph(Role.BODY.key());
        PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
        spacing.setBefore(java.math.BigInteger.ZERO);
        spacing.setAfter(java.math.BigInteger.ZERO);
        spacing.setLine(java.math.BigInteger.ONE);
        spacing.setLineRule(org.docx4j.wml.STLineSpacingRule.EXACT);
        last.getPPr().setSpacing(spacing);
        return last;
    }

    /** Office and date on one line, the date at a right tab stop on the text block's edge, over the rule. */
    private P mastheadLine(MastheadLine line) {
        P paragraph = Wml.paragraph(Role.MASTHEAD_LINE.key());
        text.add(paragraph, Role.MASTHEAD_LINE, line.office());
        Tabs tabs = Wml.FACTORY.createTabs();
        CTTabStop right = Wml.FACTORY.createCTTabStop();
        right.setVal(STTabJc.RIGHT);
        right.setPos(Wml.twips(section.page().textWidth()));
        tabs.getTab().add(right);
        paragraph.getPPr().setTabs(tabs);
        R tab = Wml.FACTORY.createR();
        tab.getContent().add(Wml.FACTORY.createRTab(Wml.FACTORY.createRTab()));
        paragraph.getContent().add(tab);
        text.add(paragraph, Role.MASTHEAD_LINE, line.date());
        PPrBase.PBdr border = Wml.FACTORY.createPPrBasePBdr();
        border.setBottom(Wml.border(line.rule(), line.ruleColor()));
        paragraph.getPPr().setPBdr(border);
        return paragraph;
    }
}
