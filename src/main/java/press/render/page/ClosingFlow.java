package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.render.compose.ComposedLine;
import press.render.layout.ClosingBlock;
import press.render.layout.ClosingCell;
import press.render.layout.ClosingRow;
import press.render.layout.EmBox;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * The closing block (版记) as one block on the foot of the text block: its rows one under the
 * other between the rules the layout gave them, each cell's lines inset from both sides, a wrapped
 * line starting under the first character after its label's colon (the hanging indent the layout
 * gave it), every cell a paragraph of its own to a reader. A row's em boxes sit in its middle,
 * {@code padding} of the type size above and below them.
 */
final class ClosingFlow {

    /** The blank above and below a row's lines, in ems of the closing role's size. */
    static final float PADDING = 0.3f;
    /** The same where a page budget asks for room. */
    static final float TIGHT_PADDING = 0.1f;

    private final PaginationPass pass;

    ClosingFlow(PaginationPass pass) {
        this.pass = pass;
    }

    private record Cell(ClosingCell cell, float left, float width, List<ComposedLine> lines, int element) {
    }

    Flow.Block block(ClosingBlock block, float padding) {
        TextStyle role = pass.style().role(Role.CLOSING);
        List<List<Cell>> rows = new ArrayList<>();
        float[] heights = new float[block.rows().size()];
        for (int r = 0; r < block.rows().size(); r++) {
            ClosingRow row = block.rows().get(r);
            List<Cell> cells = new ArrayList<>();
            float left = 0;
            int lines = 1;
            for (int c = 0; c < row.cells().size(); c++) {
                ClosingCell cell = row.cells().get(c);
                float width = cell.colSpan() == 2 ? block.width() : c == 0 ? block.officeWidth() : block.dateWidth();
                List<ComposedLine> composed = pass.lines().compose(cell.paragraph(), width - 2 * block.inset());
                int element = pass.structure().paragraph(Role.CLOSING);
                cells.add(new Cell(cell, left, width, composed, element));
                lines = Math.max(lines, composed.size());
                left += width;
            }
            rows.add(cells);
            heights[r] = 2 * padding * role.size() + role.size() + (lines - 1) * role.leading();
        }
        float height = 0;
        for (float rowHeight : heights) {
            height += rowHeight;
        }
        return new Flow.Block(height, 0, true, (canvas, top) -> {
            float y = top;
            for (int r = 0; r < rows.size(); r++) {
                ClosingRow row = block.rows().get(r);
                float x = canvas.left();
                if (row.topRule() > 0) {
                    canvas.add(new Rule(x, y, x + block.width(), y, row.topRule(), 0, Tag.DECORATION));
                }
                float baseline = y + padding * role.size() + EmBox.ASCENT * role.size();
                for (Cell cell : rows.get(r)) {
                    float lineBaseline = baseline;
                    for (ComposedLine line : cell.lines()) {
                        canvas.add(pass.lines().place(cell.cell().paragraph(), line, x + cell.left() + block.inset(),
                                cell.width() - 2 * block.inset(), lineBaseline, 1, canvas.content(cell.element())));
                        lineBaseline += role.leading();
                    }
                }
                y += heights[r];
                if (row.bottomRule() > 0) {
                    canvas.add(new Rule(x, y, x + block.width(), y, row.bottomRule(), 0, Tag.DECORATION));
                }
            }
        });
    }
}
