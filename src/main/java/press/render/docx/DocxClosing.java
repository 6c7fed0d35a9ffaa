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
 * The laid-out closing block (版记) as a borderless table floated to the bottom of the text
 * block, whose cell borders are its rules.
 */
final class DocxClosing {


    private final DocxText text;

    DocxClosing(DocxText text) {
        this.text = text;
    }

    /**
     * The block in a text box standing on the foot of the text block, anchored to a paragraph of
     * its own: Word and LibreOffice both align a box to the bottom of the margin, which
     * LibreOffice will not do for a floating table. The box grows to the table it holds and ends
     * with the paragraph a text box must end with, a twentieth of a point high.
     */
    P build(ClosingBlock block) {
        String box = "position:absolute;margin-left:0;margin-top:0;width:%.2fpt;height:%.2fpt;z-index:2;"
                .formatted(block.width(), 20f)
                + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
                + "mso-position-vertical:bottom;mso-position-vertical-relative:margin;mso-wrap-style:square";
        P end = Wml.FACTORY.createP();
        org.docx4j.wml.PPr pPr = Wml.FACTORY.createPPr();
        org.docx4j.wml.PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
        spacing.setBefore(java.math.BigInteger.ZERO);
        spacing.setAfter(java.math.BigInteger.ZERO);
        spacing.setLine(java.math.BigInteger.ONE);
        spacing.setLineRule(org.docx4j.wml.STLineSpacingRule.EXACT);
        pPr.setSpacing(spacing);
        end.setPPr(pPr);
        return DocxBoxes.anchor(Role.BODY.key(), "closing", box, "mso-fit-shape-to-text:t", List.of(table(block), end));
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
            int column = 0;
            for (ClosingCell cell : row.cells()) {
                float width = cell.colSpan() == 2 ? block.width() : columns[column];
                tr.getContent().add(cell(cell, width, row));
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

    private Tc cell(ClosingCell cell, float width, ClosingRow row) {
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
        tc.getContent().add(text.paragraph(cell.paragraph()));
        return tc;
    }
}
