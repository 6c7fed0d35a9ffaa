package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.render.Cancellation;
import press.render.compose.ComposedLine;
import press.render.layout.ClosingBlock;
import press.render.layout.GridSnap;
import press.render.layout.HeadPart;
import press.render.layout.LaidOutChart;
import press.render.layout.LaidOutFigure;
import press.render.layout.LaidOutTable;
import press.render.layout.MastheadLine;
import press.render.layout.NewPage;
import press.render.layout.Part;
import press.render.layout.SignatureBlock;
import press.render.layout.TextParagraph;
import press.render.style.PageRules;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * Turns one section's parts into the flow its pages are cut from, deciding what may part
 * where: a paragraph leaves no orphan or widow (two lines each, unless the sheet's page rules say
 * otherwise), a heading's lines stay together and with what follows it, as do a table's caption
 * and unit and a picture with its caption; the 附件说明, the signature and the 附注 stay with what
 * precedes them, and so does the closing block where the sheet does not let it stand alone.
 * Between any other two parts a page may end.
 */
final class SectionFlow {

    private final PaginationPass pass;
    private final float width;
    private final Frame frame;
    private final List<Flow> flow = new ArrayList<>();
    private boolean keepNext = true;
    /** How far the last line's baseline lies above the flow. */
    private float raised;

    SectionFlow(PaginationPass pass, float width, Frame frame) {
        this.pass = pass;
        this.width = width;
        this.frame = frame;
    }

    List<Flow> build(List<Part> parts) {
        for (Part part : parts) {
            Cancellation.check();
            add(part);
        }
        return flow;
    }

    private void add(Part part) {
        StyleSheet style = pass.style();
        switch (part) {
            case TextParagraph paragraph -> {
                join(Keeps.withPrevious(paragraph.role()));
                paragraph(paragraph, -1);
                keepNext = Keeps.withNext(paragraph.role());
            }
            case MastheadLine line -> {
                join(false);
                flow.add(pass.fixed().mastheadLine(line, width));
                flow.add(new Flow.Space(style.role(Role.MASTHEAD_LINE).spaceAfter()));
                keepNext = true;
            }
            case HeadPart head -> {
                join(false);
                flow.add(pass.fixed().head(head, frame));
                keepNext = true;
            }
            case GridSnap snap -> flow.add(new Flow.Snap(snap.blankLines(), raised, snap.descent()));
            case SignatureBlock block -> {
                join(true);
                flow.add(new Flow.Space(block.spaceBefore()));
                flow.add(pass.fixed().signature(block, width));
                keepNext = false;
            }
            case LaidOutTable table -> {
                join(false);
                pass.tables().add(table, flow, frame.bottom() - frame.top());
                keepNext = false;
            }
            case LaidOutFigure figure -> {
                join(false);
                flow.add(pass.fixed().figure(figure, width));
                keepNext = true;
            }
            case LaidOutChart chart -> {
                join(false);
                flow.add(pass.fixed().chart(chart));
                keepNext = false;
            }
            case ClosingBlock block -> {
                join(!pass.closingMayStandAlone());
                flow.add(pass.closing(block));
                keepNext = false;
            }
            case NewPage newPage -> {
                flow.add(new Flow.NewPage());
                keepNext = true;
            }
        }
    }

    /** Lets a page end before the next part, unless the part before keeps with it or it keeps with the part before. */
    private void join(boolean keepWithPrevious) {
        if (!keepNext && !keepWithPrevious) {
            flow.add(Flow.Break.PLAIN);
        }
    }

    /**
     * A paragraph's lines, {@code spaceBefore} points below what precedes it (the role's spacing
     * when negative). A heading's lines never part; other paragraphs part only where at least
     * two lines stay on each side.
     */
    private void paragraph(TextParagraph paragraph, float spaceBefore) {
        List<ComposedLine> lines = pass.lines().compose(paragraph, width);
        if (lines.isEmpty()) {
            return;
        }
        TextStyle role = pass.style().role(paragraph.role());
        float before = spaceBefore >= 0 ? spaceBefore : paragraph.flushTop() ? 0 : role.spaceBefore();
        if (before > 0) {
            flow.add(new Flow.Space(before));
        }
        int element = pass.structure().paragraph(paragraph.role());
        boolean together = Keeps.withNext(paragraph.role());
        float leading = role.leading();
        float baseline = Lines.baseline(role);
        PageRules rules = pass.style().pages();
        for (int index = 0; index < lines.size(); index++) {
            if (!together && index >= rules.orphans() && index <= lines.size() - rules.widows()) {
                flow.add(Flow.Break.PLAIN);
            }
            ComposedLine line = lines.get(index);
            boolean first = index == 0;
            flow.add(new Flow.Block(leading, (canvas, top) -> {
                if (first) {
                    pass.outlines().placed(paragraph, role.marker(), canvas.index(), top);
                }
                canvas.add(pass.lines().place(paragraph, line, canvas.left(), width, top + baseline, 1,
                        canvas.content(element)));
            }));
        }
        raised = leading - baseline;
        if (role.spaceAfter() > 0) {
            flow.add(new Flow.Space(role.spaceAfter()));
            raised += role.spaceAfter();
        }
    }
}
