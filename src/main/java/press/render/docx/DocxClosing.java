package press.render.docx;

import java.math.BigInteger;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblPPr;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.STHAnchor;
import org.docx4j.wml.STVAnchor;
import org.docx4j.wml.STXAlign;
import org.docx4j.wml.STYAlign;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import press.model.Closing;
import press.model.DistributionLine;
import press.render.Align;
import press.render.ClosingStyle;
import press.render.FontLibrary;
import press.render.Labels;
import press.render.Role;
import press.render.StyleSheet;
import press.render.TextStyle;

/**
 * The closing block (版记) as a table floated to the bottom of the text block: the disclosure
 * option, then between thick first and last rules the distribution lines (thin rules between,
 * wrapped lines aligned after the colon) and the printing office left with the date right.
 */
final class DocxClosing {

    private final StyleSheet style;
    private final DocxText text;
    private final FontLibrary fonts;

    DocxClosing(StyleSheet style, DocxText text, FontLibrary fonts) {
        this.style = style;
        this.text = text;
        this.fonts = fonts;
    }

    Tbl build(Closing closing, float width) {
        TextStyle textStyle = style.role(Role.CLOSING);
        ClosingStyle rules = style.closing();
        float inset = textStyle.characterWidth();
        // one character to spare: Word and LibreOffice measure the date in their own way
        float dateWidth = fonts.width(closing.printDate(), textStyle) + 3 * inset;
        Tbl tbl = Wml.FACTORY.createTbl();
        tbl.setTblPr(floating(width, inset));
        TblGrid grid = Wml.FACTORY.createTblGrid();
        for (float column : new float[] {width - dateWidth, dateWidth}) {
            TblGridCol col = Wml.FACTORY.createTblGridCol();
            col.setW(Wml.twips(column));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        if (!closing.disclosure().isEmpty()) {
            tbl.getContent().add(row(cell(hanging(Labels.disclosure(closing.disclosure()), Labels.DISCLOSURE, textStyle),
                    2, width, 0, 0)));
        }
        boolean first = true;
        for (DistributionLine line : closing.distribution()) {
            P paragraph = hanging(Labels.distribution(line), Labels.distributionLabel(line), textStyle);
            tbl.getContent().add(row(cell(paragraph, 2, width, first ? rules.thickRule() : rules.thinRule(), 0)));
            first = false;
        }
        float top = first ? rules.thickRule() : rules.thinRule();
        P office = text.paragraph(Role.CLOSING.key(), closing.office(), textStyle, "closing office");
        P date = text.paragraph(Role.CLOSING.key(), closing.printDate(), textStyle, "closing date");
        date.getPPr().setJc(Wml.jc(Align.RIGHT));
        tbl.getContent().add(row(cell(office, 1, width - dateWidth, top, rules.thickRule()),
                cell(date, 1, dateWidth, top, rules.thickRule())));
        return tbl;
    }

    private static TblPr floating(float width, float inset) {
        TblPr tblPr = Wml.FACTORY.createTblPr();
        CTTblPPr position = Wml.FACTORY.createCTTblPPr();
        position.setVertAnchor(STVAnchor.MARGIN);
        position.setTblpYSpec(STYAlign.BOTTOM);
        position.setHorzAnchor(STHAnchor.MARGIN);
        position.setTblpXSpec(STXAlign.CENTER);
        tblPr.setTblpPr(position);
        tblPr.setTblW(DocxStyles.width(width));
        TblBorders none = Wml.FACTORY.createTblBorders();
        none.setTop(Wml.noBorder());
        none.setBottom(Wml.noBorder());
        none.setLeft(Wml.noBorder());
        none.setRight(Wml.noBorder());
        none.setInsideH(Wml.noBorder());
        none.setInsideV(Wml.noBorder());
        tblPr.setTblBorders(none);
        CTTblCellMar margins = Wml.FACTORY.createCTTblCellMar();
        margins.setLeft(DocxStyles.width(inset));
        margins.setRight(DocxStyles.width(inset));
        tblPr.setTblCellMar(margins);
        return tblPr;
    }

    private P hanging(String line, String label, TextStyle textStyle) {
        P paragraph = text.paragraph(Role.CLOSING.key(), line, textStyle, "closing line “" + label + "”");
        PPrBase.Ind ind = Wml.FACTORY.createPPrBaseInd();
        BigInteger labelWidth = Wml.twips(fonts.width(label, textStyle));
        ind.setLeft(labelWidth);
        ind.setHanging(labelWidth);
        paragraph.getPPr().setInd(ind);
        return paragraph;
    }

    private static Tr row(Tc... cells) {
        Tr tr = Wml.FACTORY.createTr();
        for (Tc cell : cells) {
            tr.getContent().add(cell);
        }
        return tr;
    }

    private static Tc cell(P paragraph, int span, float width, float topRule, float bottomRule) {
        Tc tc = Wml.FACTORY.createTc();
        TcPr tcPr = Wml.FACTORY.createTcPr();
        tcPr.setTcW(DocxStyles.width(width));
        if (span > 1) {
            TcPrInner.GridSpan gridSpan = Wml.FACTORY.createTcPrInnerGridSpan();
            gridSpan.setVal(BigInteger.valueOf(span));
            tcPr.setGridSpan(gridSpan);
        }
        TcPrInner.TcBorders borders = Wml.FACTORY.createTcPrInnerTcBorders();
        borders.setTop(topRule > 0 ? Wml.border(topRule, 0) : Wml.noBorder());
        borders.setBottom(bottomRule > 0 ? Wml.border(bottomRule, 0) : Wml.noBorder());
        borders.setLeft(Wml.noBorder());
        borders.setRight(Wml.noBorder());
        tcPr.setTcBorders(borders);
        tc.setTcPr(tcPr);
        tc.getContent().add(paragraph);
        return tc;
    }
}
