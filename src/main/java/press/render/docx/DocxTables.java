package press.render.docx;

import java.math.BigInteger;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.P;
import org.docx4j.wml.STShd;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import press.render.Cancellation;
import press.render.layout.LaidOutTable;
import press.render.layout.TableCell;
import press.render.layout.TableRow;
import press.render.style.Align;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * Laid-out tables as Word tables: a fixed grid, merged cells as {@code w:gridSpan} and
 * {@code w:vMerge} (a continuation cell in every row a span covers), header rows marked
 * {@code w:tblHeader} so Word repeats them, totals rows tinted under a heavier rule.
 */
final class DocxTables {

    private final StyleSheet style;
    private final DocxText text;

    DocxTables(StyleSheet style, DocxText text) {
        this.style = style;
        this.text = text;
    }

    Tbl build(LaidOutTable table) {
        Tbl tbl = Wml.FACTORY.createTbl();
        TblPr tblPr = Wml.FACTORY.createTblPr();
        org.docx4j.wml.CTTblPrBase.TblStyle tblStyle = Wml.FACTORY.createCTTblPrBaseTblStyle();
        tblStyle.setVal(DocxStyles.TABLE);
        tblPr.setTblStyle(tblStyle);
        tblPr.setTblW(DocxStyles.width(table.width()));
        CTTblLayoutType fixed = Wml.FACTORY.createCTTblLayoutType();
        fixed.setType(STTblLayoutType.FIXED);
        tblPr.setTblLayout(fixed);
        tblPr.setJc(Wml.jc(Align.CENTER));
        tbl.setTblPr(tblPr);
        TblGrid grid = Wml.FACTORY.createTblGrid();
        for (float width : table.columnWidths()) {
            TblGridCol column = Wml.FACTORY.createTblGridCol();
            column.setW(Wml.twips(width));
            grid.getGridCol().add(column);
        }
        tbl.setTblGrid(grid);
        addRows(tbl, table);
        return tbl;
    }

    /** Row spans never leave their head, body or foot, so one pass over all rows tracks them. */
    private void addRows(Tbl tbl, LaidOutTable table) {
        int columns = table.columnCount();
        int[] coveredUntil = new int[columns];
        int[] spanOf = new int[columns];
        int[] groupEnds = table.groupEnds();
        int groupEnd = -1;
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            groupEnd = Math.max(groupEnd, groupEnds[r]);
            Cancellation.checkRow(r);
            Tr tr = Wml.FACTORY.createTr();
            TrPr trPr = Wml.FACTORY.createTrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseCantSplit(Wml.on()));
            if (row.isHead()) {
                trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseTblHeader(Wml.on()));
            }
            tr.setTrPr(trPr);
            int next = 0;
            int column = 0;
            while (column < columns) {
                if (coveredUntil[column] > r) {
                    tr.getContent().add(continuation(spanOf[column], table.width(column, spanOf[column]), row));
                    column += spanOf[column];
                    continue;
                }
                TableCell cell = row.cells().get(next++);
                if (cell.rowSpan() > 1) {
                    coveredUntil[column] = r + cell.rowSpan();
                    spanOf[column] = cell.colSpan();
                }
                tr.getContent().add(cell(cell, row, table.width(column, cell.colSpan()), table.textScale()));
                column += cell.colSpan();
            }
            if (r < groupEnd) {
                keepWithNext(tr);
            }
            tbl.getContent().add(tr);
        }
    }

    /** Word keeps a row on the page of the next when its paragraphs keep with the next: a row span's group stays whole. */
    private static void keepWithNext(Tr tr) {
        for (Object cell : tr.getContent()) {
            if (cell instanceof Tc tc) {
                for (Object content : tc.getContent()) {
                    if (content instanceof P paragraph) {
                        paragraph.getPPr().setKeepNext(Wml.on());
                    }
                }
            }
        }
    }

    private Tc cell(TableCell cell, TableRow row, float width, float scale) {
        Tc tc = Wml.FACTORY.createTc();
        TcPr tcPr = properties(cell.colSpan(), width, row);
        if (cell.rowSpan() > 1) {
            TcPrInner.VMerge merge = Wml.FACTORY.createTcPrInnerVMerge();
            merge.setVal("restart");
            tcPr.setVMerge(merge);
        }
        tc.setTcPr(tcPr);
        P paragraph = Wml.paragraph(row.role().key());
        paragraph.getPPr().setJc(Wml.jc(cell.align()));
        text.add(paragraph, row.role(), cell.content());
        if (scale != 1) {
            shrink(paragraph, style.role(row.role()).scaled(scale));
        }
        tc.getContent().add(paragraph);
        return tc;
    }

    /** A shrunk table's cell: its runs at the smaller size, its lines at the smaller leading. */
    private static void shrink(P paragraph, TextStyle scaled) {
        for (Object content : paragraph.getContent()) {
            if (content instanceof org.docx4j.wml.R run && run.getRPr() != null) {
                org.docx4j.wml.HpsMeasure size = Wml.FACTORY.createHpsMeasure();
                size.setVal(Wml.halfPoints(scaled.size()));
                run.getRPr().setSz(size);
                org.docx4j.wml.HpsMeasure complex = Wml.FACTORY.createHpsMeasure();
                complex.setVal(Wml.halfPoints(scaled.size()));
                run.getRPr().setSzCs(complex);
            }
        }
        org.docx4j.wml.PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
        spacing.setLine(Wml.twips(scaled.leading()));
        spacing.setLineRule(org.docx4j.wml.STLineSpacingRule.EXACT);
        paragraph.getPPr().setSpacing(spacing);
    }

    /** The cell under a row span: empty, merged into the one above. */
    private Tc continuation(int span, float width, TableRow row) {
        Tc tc = Wml.FACTORY.createTc();
        TcPr tcPr = properties(span, width, row);
        tcPr.setVMerge(Wml.FACTORY.createTcPrInnerVMerge());
        tc.setTcPr(tcPr);
        tc.getContent().add(Wml.paragraph(row.role().key()));
        return tc;
    }

    private TcPr properties(int span, float width, TableRow row) {
        TcPr tcPr = Wml.FACTORY.createTcPr();
        tcPr.setTcW(DocxStyles.width(width));
        if (span > 1) {
            TcPrInner.GridSpan gridSpan = Wml.FACTORY.createTcPrInnerGridSpan();
            gridSpan.setVal(BigInteger.valueOf(span));
            tcPr.setGridSpan(gridSpan);
        }
        CTVerticalJc center = Wml.FACTORY.createCTVerticalJc();
        center.setVal(STVerticalJc.CENTER);
        tcPr.setVAlign(center);
        if (row.tinted()) {
            CTShd shade = Wml.FACTORY.createCTShd();
            shade.setVal(STShd.CLEAR);
            shade.setFill(Wml.hex(row.tint()));
            tcPr.setShd(shade);
        }
        if (row.topRule() > 0) {
            TcPrInner.TcBorders borders = Wml.FACTORY.createTcPrInnerTcBorders();
            borders.setTop(Wml.border(row.topRule(), 0));
            tcPr.setTcBorders(borders);
        }
        return tcPr;
    }
}
