package press.render.docx;

import java.math.BigInteger;
import java.util.List;
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
import press.model.Cell;
import press.model.ColumnKind;
import press.model.Row;
import press.model.Table;
import press.render.Align;
import press.render.Role;
import press.render.StyleSheet;
import press.render.TableLayout;
import press.render.TextStyle;

/**
 * Word tables with the shared {@link TableLayout}: a fixed grid, merged cells as
 * {@code w:gridSpan} and {@code w:vMerge} (a continuation cell in every row a span covers),
 * header rows marked {@code w:tblHeader} so Word repeats them, totals rows tinted under a
 * heavier rule, numbers right-aligned.
 */
final class DocxTables {

    private final StyleSheet style;
    private final DocxText text;
    private final TableLayout layout;

    DocxTables(StyleSheet style, DocxText text, TableLayout layout) {
        this.style = style;
        this.text = text;
        this.layout = layout;
    }

    Tbl build(Table table, float availableWidth, String where) {
        float[] widths = layout.columnWidths(table, availableWidth);
        Tbl tbl = Wml.FACTORY.createTbl();
        TblPr tblPr = Wml.FACTORY.createTblPr();
        org.docx4j.wml.CTTblPrBase.TblStyle tblStyle = Wml.FACTORY.createCTTblPrBaseTblStyle();
        tblStyle.setVal(DocxStyles.TABLE);
        tblPr.setTblStyle(tblStyle);
        tblPr.setTblW(DocxStyles.width(availableWidth));
        CTTblLayoutType fixed = Wml.FACTORY.createCTTblLayoutType();
        fixed.setType(STTblLayoutType.FIXED);
        tblPr.setTblLayout(fixed);
        tblPr.setJc(Wml.jc(Align.CENTER));
        tbl.setTblPr(tblPr);
        TblGrid grid = Wml.FACTORY.createTblGrid();
        for (float width : widths) {
            TblGridCol column = Wml.FACTORY.createTblGridCol();
            column.setW(Wml.twips(width));
            grid.getGridCol().add(column);
        }
        tbl.setTblGrid(grid);
        addRows(tbl, table, table.head(), Role.TABLE_HEAD, widths, where + ", head");
        addRows(tbl, table, table.body(), Role.TABLE_BODY, widths, where + ", body");
        addRows(tbl, table, table.foot(), Role.TABLE_TOTAL, widths, where + ", totals");
        return tbl;
    }

    private void addRows(Tbl tbl, Table table, List<Row> rows, Role role, float[] widths, String where) {
        int columns = widths.length;
        int[] coveredUntil = new int[columns];
        int[] spanOf = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            Tr tr = Wml.FACTORY.createTr();
            TrPr trPr = Wml.FACTORY.createTrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseCantSplit(Wml.on()));
            if (role == Role.TABLE_HEAD) {
                trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseTblHeader(Wml.on()));
            }
            tr.setTrPr(trPr);
            List<Cell> cells = rows.get(r).cells();
            int next = 0;
            int column = 0;
            while (column < columns) {
                if (coveredUntil[column] > r) {
                    tr.getContent().add(continuation(spanOf[column], width(widths, column, spanOf[column]), role, r));
                    column += spanOf[column];
                    continue;
                }
                Cell cell = cells.get(next++);
                if (cell.rowSpan() > 1) {
                    coveredUntil[column] = r + cell.rowSpan();
                    spanOf[column] = cell.colSpan();
                }
                ColumnKind kind = table.columns().get(column);
                tr.getContent().add(cell(cell, kind, role, width(widths, column, cell.colSpan()), r, where + " row " + (r + 1)));
                column += cell.colSpan();
            }
            tbl.getContent().add(tr);
        }
    }

    private Tc cell(Cell cell, ColumnKind kind, Role role, float width, int row, String where) {
        TextStyle textStyle = style.role(role);
        Tc tc = Wml.FACTORY.createTc();
        TcPr tcPr = properties(cell.colSpan(), width, role, row);
        if (cell.rowSpan() > 1) {
            TcPrInner.VMerge merge = Wml.FACTORY.createTcPrInnerVMerge();
            merge.setVal("restart");
            tcPr.setVMerge(merge);
        }
        tc.setTcPr(tcPr);
        P paragraph = text.paragraph(role.key(), cell.content(), textStyle, where);
        paragraph.getPPr().setJc(Wml.jc(TableLayout.cellAlign(role, kind)));
        tc.getContent().add(paragraph);
        return tc;
    }

    /** The cell under a row span: empty, merged into the one above. */
    private Tc continuation(int span, float width, Role role, int row) {
        Tc tc = Wml.FACTORY.createTc();
        TcPr tcPr = properties(span, width, role, row);
        tcPr.setVMerge(Wml.FACTORY.createTcPrInnerVMerge());
        tc.setTcPr(tcPr);
        tc.getContent().add(Wml.paragraph(role.key()));
        return tc;
    }

    private TcPr properties(int span, float width, Role role, int row) {
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
        if (role == Role.TABLE_TOTAL) {
            CTShd shade = Wml.FACTORY.createCTShd();
            shade.setVal(STShd.CLEAR);
            shade.setFill(Wml.hex(style.table().totalsBackground()));
            tcPr.setShd(shade);
            if (row == 0) {
                TcPrInner.TcBorders borders = Wml.FACTORY.createTcPrInnerTcBorders();
                borders.setTop(Wml.border(style.table().totalsRule(), 0));
                tcPr.setTcBorders(borders);
            }
        }
        return tcPr;
    }

    private static float width(float[] widths, int from, int span) {
        float width = 0;
        for (int c = from; c < Math.min(widths.length, from + span); c++) {
            width += widths[c];
        }
        return width;
    }
}
