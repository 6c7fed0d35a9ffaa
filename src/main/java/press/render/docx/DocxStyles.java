package press.render.docx;

import java.math.BigInteger;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.Color;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblWidth;
import press.render.page.Keeps;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * The variant's style sheet as Word styles: a paragraph style per text role (its id is the
 * role's key, its name "Bulletin …"), heading styles with outline levels, a table style with
 * the rules, and the page number style of the footers.
 */
final class DocxStyles {

    static final String TABLE = "BulletinTable";
    static final String PAGE_NUMBER = "pageNumber";

    private final StyleSheet style;
    private final DocxFonts fonts;

    DocxStyles(StyleSheet style, DocxFonts fonts) {
        this.style = style;
        this.fonts = fonts;
    }

    Styles styles() {
        Styles styles = Wml.FACTORY.createStyles();
        styles.setDocDefaults(defaults());
        for (Role role : Role.values()) {
            styles.getStyle().add(paragraphStyle(role.key(), "Bulletin " + role.key(), style.role(role), role));
        }
        TextStyle number = new TextStyle(style.pageNumber().font(), style.pageNumber().size(), 0,
                press.render.style.Align.RIGHT, 0, style.pageNumber().size() * 1.3f, 0, 0, 0, "");
        styles.getStyle().add(paragraphStyle(PAGE_NUMBER, "Bulletin page number", number, null));
        styles.getStyle().add(tableStyle());
        return styles;
    }

    private DocDefaults defaults() {
        DocDefaults defaults = Wml.FACTORY.createDocDefaults();
        DocDefaults.RPrDefault rPrDefault = Wml.FACTORY.createDocDefaultsRPrDefault();
        RPr rPr = runProperties(style.role(Role.BODY));
        // Latin text in English: with zh-CN there too, LibreOffice breaks lines inside runs of digits
        CTLanguage language = Wml.FACTORY.createCTLanguage();
        language.setVal("en-US");
        language.setEastAsia("zh-CN");
        rPr.setLang(language);
        rPrDefault.setRPr(rPr);
        defaults.setRPrDefault(rPrDefault);
        return defaults;
    }

    private Style paragraphStyle(String id, String name, TextStyle textStyle, Role role) {
        Style paragraphStyle = Wml.FACTORY.createStyle();
        paragraphStyle.setType("paragraph");
        paragraphStyle.setStyleId(id);
        Style.Name styleName = Wml.FACTORY.createStyleName();
        styleName.setVal(name);
        paragraphStyle.setName(styleName);
        paragraphStyle.setQFormat(Wml.on());
        PPr pPr = paragraphProperties(textStyle);
        if (role != null && role.key().startsWith("heading")) {
            PPrBase.OutlineLvl level = Wml.FACTORY.createPPrBaseOutlineLvl();
            level.setVal(BigInteger.valueOf(role.ordinal() - Role.HEADING1.ordinal()));
            pPr.setOutlineLvl(level);
        }
        if (role != null && Keeps.withNext(role)) {
            // the page stage keeps these with what follows, their lines together
            pPr.setKeepNext(Wml.on());
            pPr.setKeepLines(Wml.on());
        }
        if (role == Role.APPENDIX_TITLE || role == Role.APPENDIX_LABEL) {
            // an appendix is a chapter in Word's and WPS's navigation pane, beside the body's 一级 headings
            PPrBase.OutlineLvl level = Wml.FACTORY.createPPrBaseOutlineLvl();
            level.setVal(BigInteger.ZERO);
            pPr.setOutlineLvl(level);
        }
        paragraphStyle.setPPr(pPr);
        paragraphStyle.setRPr(runProperties(textStyle));
        return paragraphStyle;
    }

    PPr paragraphProperties(TextStyle textStyle) {
        PPr pPr = Wml.FACTORY.createPPr();
        pPr.setJc(Wml.jc(textStyle.align()));
        PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
        spacing.setLine(Wml.twips(textStyle.leading()));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(Wml.twips(textStyle.spaceBefore()));
        spacing.setAfter(Wml.twips(textStyle.spaceAfter()));
        pPr.setSpacing(spacing);
        PPrBase.Ind ind = Wml.FACTORY.createPPrBaseInd();
        ind.setFirstLine(Wml.twips(textStyle.indent() * textStyle.characterWidth()));
        ind.setFirstLineChars(BigInteger.valueOf(Math.round(textStyle.indent() * 100)));
        pPr.setInd(ind);
        // as in the PDF, no line of a paragraph alone at a page's top or foot (Word keeps one, the PDF two)
        pPr.setWidowControl(Wml.on());
        // as in the PDF: 避头尾 and no extra space around Latin and digits; a line-end mark may hang
        // past the margin (Word's Chinese default): with condensed spacing and hanging forbidden,
        // LibreOffice 7.4 dropped the mark instead of carrying a character down
        pPr.setKinsoku(Wml.on());
        pPr.setOverflowPunct(Wml.on());
        pPr.setAutoSpaceDE(Wml.off());
        pPr.setAutoSpaceDN(Wml.off());
        return pPr;
    }

    RPr runProperties(TextStyle textStyle) {
        RPr rPr = Wml.FACTORY.createRPr();
        rPr.setRFonts(fonts.rFonts(fonts.name(textStyle.font())));
        HpsMeasure size = Wml.FACTORY.createHpsMeasure();
        size.setVal(Wml.halfPoints(textStyle.size()));
        rPr.setSz(size);
        HpsMeasure complexSize = Wml.FACTORY.createHpsMeasure();
        complexSize.setVal(Wml.halfPoints(textStyle.size()));
        rPr.setSzCs(complexSize);
        Color color = Wml.FACTORY.createColor();
        color.setVal(Wml.hex(textStyle.color()));
        rPr.setColor(color);
        if (textStyle.letterSpacing() != 0) {
            // twips rounded down: −0.22 pt is −5 twips (−0.25 pt), or 28 characters of 3号 would not fit 156 mm
            org.docx4j.wml.CTSignedTwipsMeasure tracking = Wml.FACTORY.createCTSignedTwipsMeasure();
            tracking.setVal(BigInteger.valueOf((long) Math.floor(textStyle.letterSpacing() * 20)));
            rPr.setSpacing(tracking);
        }
        return rPr;
    }

    private Style tableStyle() {
        Style table = Wml.FACTORY.createStyle();
        table.setType("table");
        table.setStyleId(TABLE);
        Style.Name name = Wml.FACTORY.createStyleName();
        name.setVal("Bulletin table");
        table.setName(name);
        // a style holds the base table properties: a w:tblPr typed CT_TblPr is not valid there
        org.docx4j.wml.CTTblPrBase tblPr = Wml.FACTORY.createCTTblPrBase();
        TblBorders borders = Wml.FACTORY.createTblBorders();
        float rule = style.table().rule();
        borders.setTop(Wml.border(rule, 0));
        borders.setBottom(Wml.border(rule, 0));
        borders.setLeft(Wml.border(rule, 0));
        borders.setRight(Wml.border(rule, 0));
        borders.setInsideH(Wml.border(rule, 0));
        borders.setInsideV(Wml.border(rule, 0));
        tblPr.setTblBorders(borders);
        CTTblCellMar margins = Wml.FACTORY.createCTTblCellMar();
        margins.setLeft(width(style.table().padding()));
        margins.setRight(width(style.table().padding()));
        margins.setTop(width(style.table().padding() / 2));
        margins.setBottom(width(style.table().padding() / 2));
        tblPr.setTblCellMar(margins);
        table.setTblPr(tblPr);
        return table;
    }

    static TblWidth width(float points) {
        TblWidth width = Wml.FACTORY.createTblWidth();
        width.setType("dxa");
        width.setW(Wml.twips(points));
        return width;
    }
}
