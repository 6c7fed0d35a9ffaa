package press.render.docx;

import java.util.List;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;
import press.fonts.FontRun;
import press.render.layout.PageNumbering;
import press.render.layout.PlacedRule;
import press.render.layout.Section;
import press.render.style.Align;
import press.render.style.PageNumberStyle;
import press.render.style.PageStyle;
import press.render.style.StyleSheet;

/**
 * Page setup: a section per orientation run with the GB/T 9704 text block, and the footers —
 * "— PAGE —" as a field, odd pages at the right and even pages at the left, each one character
 * in — shared by every section.
 */
final class DocxPages {

    /**
     * How far above the foot of its footer LibreOffice 7.4 sets the baseline of a page number
     * whose line is exactly 1.3 of its size high, in ems: measured on its PDF, 3.59 pt at 14 pt.
     */
    private static final float BASELINE_ABOVE_FOOT = 0.2564f;
    /**
     * Where LibreOffice 7.4 sets a turned number in its box, against where we draw it, in ems:
     * the dash's middle 0.36 em nearer the sheet's edge than the box's middle, the number 0.29 em
     * in from the box's end (measured on its PDF: 1.77 mm and 1.4 mm at 14 pt); the box moves by as much.
     */
    private static final float TURNED_ACROSS = 0.36f;
    private static final float TURNED_ALONG = 0.29f;

    private final StyleSheet style;
    private final DocxText text;
    private final PageNumbering numbering;
    private String oddFooter;
    private String evenFooter;
    private String oddLandscapeFooter;
    private String evenLandscapeFooter;
    private String blankFooter;
    private String firstFooter;

    DocxPages(StyleSheet style, DocxText text, PageNumbering numbering) {
        this.style = style;
        this.text = text;
        this.numbering = numbering;
    }

    /** The footers; {@code footRules}: rules the first page carries on its foot (the 信函's), drawn by its own footer. */
    void addFooters(MainDocumentPart main, List<PlacedRule> footRules) throws InvalidFormatException {
        oddFooter = footer(main, "/word/footer1.xml", pageNumber(Align.RIGHT));
        evenFooter = footer(main, "/word/footer2.xml", pageNumber(Align.LEFT));
        oddLandscapeFooter = footer(main, "/word/footer3.xml", turned(Align.RIGHT));
        evenLandscapeFooter = footer(main, "/word/footer4.xml", turned(Align.LEFT));
        if (!style.pageNumber().firstPage() || style.closing().evenPage()) {
            blankFooter = footer(main, "/word/footer5.xml", Wml.paragraph(DocxStyles.PAGE_NUMBER));
        }
        if (!footRules.isEmpty() && !style.pageNumber().firstPage()) {
            firstFooter = footer(main, "/word/footer6.xml", DocxHead.footRule(footRules, style.page()));
        }
    }

    /**
     * A landscape page's number, where GB/T 9704 keeps it: at the portrait page's foot, which on a
     * sheet turned clockwise is its left edge. A text box whose text runs top to bottom holds the
     * number, placed from the page's corner as the portrait page places it.
     */
    private P turned(Align align) {
        PageNumberStyle number = style.pageNumber();
        PageStyle portrait = style.page();
        float length = 5 * number.size();
        float height = 1.5f * number.size();
        float middle = portrait.bottom() - number.below() + TURNED_ACROSS * number.size();
        float inset = number.inset() * number.size() - TURNED_ALONG * number.size();
        float start = align == Align.RIGHT ? portrait.width() - portrait.right() - inset - length : portrait.left() + inset;
        float centreY = start + length / 2;
        String box = "position:absolute;margin-left:%.2fpt;margin-top:%.2fpt;width:%.2fpt;height:%.2fpt;z-index:1;"
                .formatted(middle - height / 2, centreY - length / 2, height, length)
                + "mso-position-horizontal-relative:page;mso-position-vertical-relative:page";
        P inside = pageNumber(align);
        inside.getPPr().setInd(null);
        return DocxBoxes.anchor(DocxStyles.PAGE_NUMBER, "pageNumber" + align.name().toLowerCase(java.util.Locale.ROOT), box,
                "layout-flow:vertical", List.of(inside));
    }

    private String footer(MainDocumentPart main, String name, P content) throws InvalidFormatException {
        FooterPart part = new FooterPart(new org.docx4j.openpackaging.parts.PartName(name));
        Ftr ftr = Wml.FACTORY.createFtr();
        ftr.getContent().add(content);
        part.setJaxbElement(ftr);
        Relationship relationship = main.addTargetPart(part);
        return relationship.getId();
    }

    private P pageNumber(Align align) {
        PageNumberStyle number = style.pageNumber();
        P paragraph = Wml.paragraph(DocxStyles.PAGE_NUMBER);
        paragraph.getPPr().setJc(Wml.jc(align));
        PPrBase.Ind ind = Wml.FACTORY.createPPrBaseInd();
        if (align == Align.RIGHT) {
            ind.setRight(Wml.twips(number.inset() * number.size()));
        } else {
            ind.setLeft(Wml.twips(number.inset() * number.size()));
        }
        paragraph.getPPr().setInd(ind);
        addRuns(paragraph, numbering.prefix());
        paragraph.getContent().add(field(STFldCharType.BEGIN));
        R instruction = Wml.FACTORY.createR();
        instruction.getContent().add(Wml.FACTORY.createRInstrText(Wml.text(" PAGE ")));
        paragraph.getContent().add(instruction);
        paragraph.getContent().add(field(STFldCharType.SEPARATE));
        addRuns(paragraph, numbering.number(1));
        paragraph.getContent().add(field(STFldCharType.END));
        addRuns(paragraph, numbering.suffix());
        return paragraph;
    }

    private void addRuns(P paragraph, List<FontRun> runs) {
        for (FontRun run : runs) {
            paragraph.getContent().add(text.run(run, false));
        }
    }

    private static R field(STFldCharType type) {
        R run = Wml.FACTORY.createR();
        FldChar fldChar = Wml.FACTORY.createFldChar();
        fldChar.setFldCharType(type);
        run.getContent().add(fldChar);
        return run;
    }

    /**
     * A section's properties: paper, margins, footers; it starts on a new page. The document's
     * first page has a footer of its own, empty, where the style sheet prints no number on it
     * (the 信函).
     */
    SectPr section(Section section, boolean first) {
        PageStyle page = section.page();
        boolean landscape = section.landscape();
        SectPr sectPr = Wml.FACTORY.createSectPr();
        SectPr.PgSz size = Wml.FACTORY.createSectPrPgSz();
        size.setW(Wml.twips(page.width()));
        size.setH(Wml.twips(page.height()));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        sectPr.setPgSz(size);
        SectPr.PgMar margins = Wml.FACTORY.createSectPrPgMar();
        margins.setTop(Wml.twips(page.top()));
        margins.setBottom(Wml.twips(page.bottom()));
        margins.setLeft(Wml.twips(page.left()));
        margins.setRight(Wml.twips(page.right()));
        margins.setHeader(Wml.twips(page.top() / 2));
        PageNumberStyle number = style.pageNumber();
        margins.setFooter(Wml.twips(Math.max(0, page.bottom() - number.below() - dashMiddle()
                - BASELINE_ABOVE_FOOT * number.size())));
        margins.setGutter(java.math.BigInteger.ZERO);
        sectPr.setPgMar(margins);
        SectPr.Type type = Wml.FACTORY.createSectPrType();
        type.setVal("nextPage");
        sectPr.setType(type);
        sectPr.getEGHdrFtrReferences().add(reference(landscape ? oddLandscapeFooter : oddFooter, HdrFtrRef.DEFAULT));
        sectPr.getEGHdrFtrReferences().add(reference(landscape ? evenLandscapeFooter : evenFooter, HdrFtrRef.EVEN));
        if (first && !style.pageNumber().firstPage()) {
            sectPr.getEGHdrFtrReferences().add(reference(firstFooter != null ? firstFooter : blankFooter, HdrFtrRef.FIRST));
            sectPr.setTitlePg(Wml.on());
        }
        return sectPr;
    }

    /**
     * The section the closing block starts on a page of its own: upright, on the next page or,
     * where the sheet wants the block on an even page, the next even page (Word and LibreOffice
     * leave the page between blank); without page numbers where our pages print none there.
     */
    SectPr closingSection(Section section, boolean numbered) {
        SectPr sectPr = section(new Section(style.page(), false, section.parts()), false);
        if (style.closing().evenPage()) {
            sectPr.getType().setVal("evenPage");
        }
        if (!numbered) {
            sectPr.getEGHdrFtrReferences().clear();
            sectPr.getEGHdrFtrReferences().add(reference(blankFooter, HdrFtrRef.DEFAULT));
            sectPr.getEGHdrFtrReferences().add(reference(blankFooter, HdrFtrRef.EVEN));
        }
        return sectPr;
    }

    /**
     * How far above the baseline the middle of the number's first character (the dash of "— 1 —")
     * is inked: the style's distance under the text block is to that middle, as on our pages.
     */
    private float dashMiddle() {
        float size = style.pageNumber().size();
        if (!numbering.prefix().isEmpty()) {
            FontRun run = numbering.prefix().get(0);
            int[] box = text.fonts().library().inkBox(run.face(), run.text().codePointAt(0));
            if (box != null && box[3] > box[1]) {
                return (box[1] + box[3]) / 2f / 1000f * size;
            }
        }
        return 0.3f * size;
    }

    private static FooterReference reference(String id, HdrFtrRef type) {
        FooterReference reference = Wml.FACTORY.createFooterReference();
        reference.setId(id);
        reference.setType(type);
        return reference;
    }
}
