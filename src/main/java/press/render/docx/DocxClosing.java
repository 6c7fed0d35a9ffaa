package press.render.docx;

import java.util.List;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import press.render.layout.ClosingBlock;
import press.render.layout.ClosingCell;
import press.render.layout.ClosingRow;
import press.render.style.Role;

/**
 * The laid-out closing block (版记) as a borderless table whose cell borders are its rules, in
 * the flow where the page stage put it.
 */
final class DocxClosing {


    private final DocxText text;

    DocxClosing(DocxText text) {
        this.text = text;
    }

    /**
     * The block in the flow, after what precedes it: a blank paragraph {@code space} points high
     * that takes it down towards the foot, then the table, its rows kept together and on the page
     * of the blank. A floating box on the foot overprinted a body that ran longer in Word or
     * LibreOffice than on our pages, and made LibreOffice 7.4 lay a page out without end; in the
     * flow the block can only move on to the next page.
     */
    List<Object> build(ClosingBlock block, float space) {
        P blank = Wml.paragraph(Role.BODY.key());
        org.docx4j.wml.PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
        spacing.setBefore(java.math.BigInteger.ZERO);
        spacing.setAfter(java.math.BigInteger.ZERO);
        spacing.setLine(Wml.twips(Math.max(0.05f, space)));
        spacing.setLineRule(org.docx4j.wml.STLineSpacingRule.EXACT);
        blank.getPPr().setSpacing(spacing);
        blank.getPPr().setKeepNext(Wml.on());
        Tbl table = table(block);
        for (int r = 0; r < table.getContent().size() - 1; r++) {
            if (table.getContent().get(r) instanceof Tr tr) {
                for (Object cell : tr.getContent()) {
                    for (Object content : ((Tc) cell).getContent()) {
                        ((P) content).getPPr().setKeepNext(Wml.on());
                    }
                }
            }
        }
        return List.of(blank, table);
    }

    private Tbl table(ClosingBlock block) {
        float[] columns = {block.officeWidth(), block.dateWidth()};
        Tbl tbl = Wml.FACTORY.createTbl();
        tbl.setTblPr(properties(block.width(), block.inset()));
        TblGrid grid = Wml.FACTORY.createTblGrid();
        for (float column : columns) {
            TblGridCol col = Wml.FACTORY.createTblGridCol();
            col.setW(Wml.twips(column));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        for (ClosingRow row : block.rows()) {
            Tr tr = Wml.FACTORY.createTr();
            org.docx4j.wml.TrPr trPr = Wml.FACTORY.createTrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseCantSplit(Wml.on()));
            tr.setTrPr(trPr);
            int column = 0;
            for (ClosingCell cell : row.cells()) {
                float width = cell.colSpan() == 2 ? block.width() : columns[column];
                tr.getContent().add(cell(cell, width, block.inset(), row));
                column += cell.colSpan();
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    private static TblPr properties(float width, float inset) {
        TblPr tblPr = Wml.FACTORY.createTblPr();
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

    private Tc cell(ClosingCell cell, float width, float inset, ClosingRow row) {
        Tc tc = Wml.FACTORY.createTc();
        TcPr tcPr = Wml.FACTORY.createTcPr();
        tcPr.setTcW(DocxStyles.width(width));
        if (cell.colSpan() > 1) {
            TcPrInner.GridSpan gridSpan = Wml.FACTORY.createTcPrInnerGridSpan();
            gridSpan.setVal(java.math.BigInteger.valueOf(cell.colSpan()));
            tcPr.setGridSpan(gridSpan);
        }
        TcPrInner.TcBorders borders = Wml.FACTORY.createTcPrInnerTcBorders();
        borders.setTop(row.topRule() > 0 ? Wml.border(row.topRule(), 0) : Wml.noBorder());
        borders.setBottom(row.bottomRule() > 0 ? Wml.border(row.bottomRule(), 0) : Wml.noBorder());
        borders.setLeft(Wml.noBorder());
        borders.setRight(Wml.noBorder());
        tcPr.setTcBorders(borders);
        tc.setTcPr(tcPr);
        tc.getContent().add(text.paragraph(cell.paragraph(), width - 2 * inset));
        return tc;
    }
}
