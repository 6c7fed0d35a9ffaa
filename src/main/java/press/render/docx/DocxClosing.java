package press.render.docx;

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
        String table = org.docx4j.XmlUtils.marshaltoString(table(block), true, false);
        String end = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"1\" w:lineRule=\"exact\"/>"
                + "<w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>";
        String box = "position:absolute;margin-left:0;margin-top:0;width:%.2fpt;height:%.2fpt;z-index:2;"
                .formatted(block.width(), 20f)
                + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
                + "mso-position-vertical:bottom;mso-position-vertical-relative:margin;mso-wrap-style:square";
        String xml = "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:r><w:pict><v:shape id=\"closing\" style=\"" + box
                + "\" stroked=\"f\" filled=\"f\"><v:textbox style=\"mso-fit-shape-to-text:t\" inset=\"0,0,0,0\">"
                + "<w:txbxContent>" + table + end + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        try {
            return (P) org.docx4j.XmlUtils.unmarshalString(xml);
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException("cannot write the closing block: " + e.getMessage(), e);
        }
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
