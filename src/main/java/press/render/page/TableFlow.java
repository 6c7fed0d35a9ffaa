package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.render.Cancellation;
import press.render.compose.ComposedLine;
import press.render.layout.EmBox;
import press.render.layout.Indent;
import press.render.layout.LaidOutTable;
import press.render.layout.TableCell;
import press.render.layout.TableRow;
import press.render.layout.TextParagraph;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * A table as blocks down the page: its head as one block, repeated as page furniture at the top
 * of every later page the table reaches; then the body, each group of rows that a row span binds
 * as one block, so a merged cell never parts. A page may end between groups, but never before a
 * head has two groups under it (the sheet's {@code pages.rowsUnderHead}), nor before the last
 * group alone. A group taller than a page is
 * cut between its rows, its merged cells drawn in each piece.
 */
final class TableFlow {

    private static final Indent NO_INDENT = new Indent(0, 0);

    private final PaginationPass pass;

    TableFlow(PaginationPass pass) {
        this.pass = pass;
    }

    /** A cell composed: its element, paragraph, lines at its measure, the height it needs. */
    private record Cell(TableCell cell, int row, int element, TextParagraph paragraph, List<ComposedLine> lines,
                        float measure, float height) {
    }

    void add(LaidOutTable table, List<Flow> flow, float pageHeight) {
        Cancellation.check();
        flow.add(new Flow.Space(pass.style().role(Role.TABLE_BODY).size() / 2));
        int tableElement = pass.structure().add(StructureElement.of(StructureElement.DOCUMENT, StructureType.TABLE));
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Cancellation.checkRow(r);
            TableRow row = table.rows().get(r);
            int rowElement = pass.structure().add(StructureElement.of(tableElement, StructureType.TABLE_ROW));
            List<Cell> rowCells = new ArrayList<>();
            for (TableCell cell : row.cells()) {
                rowCells.add(cell(table, row, r, cell, rowElement));
            }
            cells.add(rowCells);
        }
        float[] heights = heights(table, cells);
        float[] lefts = new float[table.columnCount() + 1];
        for (int c = 0; c < table.columnCount(); c++) {
            lefts[c + 1] = lefts[c] + table.columnWidths().get(c);
        }
        int head = table.headerRows();
        List<Flow.Block> repeat = head == 0 ? List.of() : List.of(block(table, cells, heights, lefts, 0, 0, head));
        if (head > 0) {
            flow.add(repeat.get(0));
        }
        int[] ends = table.groupEnds();
        List<int[]> groups = new ArrayList<>();
        for (int r = head; r < table.rows().size(); r = ends[r] + 1) {
            groups.add(new int[] {r, ends[r] + 1});
        }
        Flow.Break pause = new Flow.Break(repeat);
        int underHead = pass.style().pages().rowsUnderHead();
        for (int g = 0; g < groups.size(); g++) {
            if (g >= underHead && g < groups.size() - 1) {
                flow.add(pause);
            }
            int from = groups.get(g)[0];
            int to = groups.get(g)[1];
            if (sum(heights, from, to) > pageHeight / 2 && to - from > 1) {
                // a group of merged rows taller than half a page parts between its rows
                for (int r = from; r < to; r++) {
                    if (r > from) {
                        flow.add(pause);
                    }
                    flow.add(block(table, cells, heights, lefts, from, r, r + 1));
                }
            } else {
                flow.add(block(table, cells, heights, lefts, from, from, to));
            }
        }
    }

    /** Each cell's paragraph at its measure, in the order the flow composes them. */
    static List<ComposeAhead.Job> compositions(LaidOutTable table) {
        List<ComposeAhead.Job> jobs = new ArrayList<>();
        for (TableRow row : table.rows()) {
            for (TableCell cell : row.cells()) {
                jobs.add(new ComposeAhead.Job(paragraph(row, cell), measure(table, cell)));
            }
        }
        return jobs;
    }

    private static TextParagraph paragraph(TableRow row, TableCell cell) {
        return new TextParagraph(row.role(), cell.content(), cell.align(), NO_INDENT, true);
    }

    /** The width a cell's text is composed at, before the table's type is scaled. */
    private static float measure(LaidOutTable table, TableCell cell) {
        return (table.width(cell.column(), cell.colSpan()) - 2 * table.padding()) / table.textScale();
    }

    private Cell cell(LaidOutTable table, TableRow row, int r, TableCell cell, int rowElement) {
        float scale = table.textScale();
        TextParagraph paragraph = paragraph(row, cell);
        float measure = measure(table, cell);
        List<ComposedLine> lines = pass.lines().compose(paragraph, measure);
        TextStyle style = pass.style().role(row.role());
        float text = (style.size() + Math.max(0, lines.size() - 1) * style.leading()) * scale;
        int element = pass.structure().add(new StructureElement(rowElement, row.isHead() ? StructureType.HEADER_CELL
                : StructureType.DATA_CELL, 0, "", "", cell.rowSpan(), cell.colSpan()));
        return new Cell(cell, r, element, paragraph, lines, measure, text + 2 * table.padding());
    }

    /** Each row's height: its tallest cell of one row; a merged cell taller than its rows deepens the last of them. */
    private static float[] heights(LaidOutTable table, List<List<Cell>> cells) {
        float[] heights = new float[cells.size()];
        for (List<Cell> row : cells) {
            for (Cell cell : row) {
                if (cell.cell().rowSpan() == 1) {
                    heights[cell.row()] = Math.max(heights[cell.row()], cell.height());
                }
            }
        }
        for (List<Cell> row : cells) {
            for (Cell cell : row) {
                int last = Math.min(heights.length, cell.row() + cell.cell().rowSpan()) - 1;
                float have = sum(heights, cell.row(), last + 1);
                if (cell.height() > have) {
                    heights[last] += cell.height() - have;
                }
            }
        }
        return heights;
    }

    private static float sum(float[] heights, int from, int to) {
        float sum = 0;
        for (int r = from; r < to; r++) {
            sum += heights[r];
        }
        return sum;
    }

    /**
     * Rows {@code from} to {@code to} (exclusive) of the group starting at {@code group} as one
     * block: every cell that starts in them, or that a row span carries into them, cut to these
     * rows; a cell's text in the piece it starts in.
     */
    private Flow.Block block(LaidOutTable table, List<List<Cell>> cells, float[] heights, float[] lefts, int group,
                             int from, int to) {
        float height = sum(heights, from, to);
        return new Flow.Block(height, (canvas, top) -> {
            List<Piece> pieces = new ArrayList<>();
            for (int r = group; r < to; r++) {
                for (Cell cell : cells.get(r)) {
                    if (r + cell.cell().rowSpan() > from) {
                        int first = Math.max(from, cell.row());
                        int last = Math.min(to, cell.row() + cell.cell().rowSpan());
                        int column = cell.cell().column();
                        pieces.add(new Piece(cell, table.rows().get(cell.row()), canvas.left() + lefts[column],
                                top + sum(heights, from, first), lefts[column + cell.cell().colSpan()] - lefts[column],
                                sum(heights, first, last), first == cell.row()));
                    }
                }
            }
            // tints first, so no cell's tint covers its neighbour's rule; the rules of all the cells, then
            // all their text, so the painter changes between drawing and writing text once a block
            for (Piece piece : pieces) {
                if (piece.row().tinted()) {
                    canvas.add(new Box(piece.x(), piece.y(), piece.width(), piece.height(), piece.row().tint(), 0, 0,
                            Tag.DECORATION));
                }
            }
            for (Piece piece : pieces) {
                if (table.rule() > 0) {
                    canvas.add(new Box(piece.x(), piece.y(), piece.width(), piece.height(), Box.NONE, table.rule(), 0,
                            Tag.DECORATION));
                }
                if (piece.starts() && piece.row().topRule() > table.rule()) {
                    canvas.add(new Rule(piece.x(), piece.y(), piece.x() + piece.width(), piece.y(), piece.row().topRule(), 0,
                            Tag.DECORATION));
                }
            }
            for (Piece piece : pieces) {
                if (piece.starts()) {
                    text(canvas, table, piece.cell(), piece.x(), piece.y(), piece.height());
                }
            }
        });
    }

    /** A cell as one block draws it: where its box lies, and whether the cell starts there (its text goes there). */
    private record Piece(Cell cell, TableRow row, float x, float y, float width, float height, boolean starts) {
    }

    /** The cell's lines, drawn at the table's scale from the top of a block centred in the cell. */
    private void text(PageCanvas canvas, LaidOutTable table, Cell cell, float x, float y, float h) {
        if (cell.lines().isEmpty()) {
            return;
        }
        float scale = table.textScale();
        TextStyle style = pass.style().role(cell.paragraph().role());
        float textHeight = (style.size() + Math.max(0, cell.lines().size() - 1) * style.leading()) * scale;
        float baseline = y + (h - textHeight) / 2 + EmBox.ASCENT * style.size() * scale;
        Tag tag = canvas.content(cell.element());
        for (ComposedLine line : cell.lines()) {
            canvas.add(pass.lines().place(cell.paragraph(), line, x + table.padding(), cell.measure(), baseline, scale, tag));
            baseline += style.leading() * scale;
        }
    }
}
