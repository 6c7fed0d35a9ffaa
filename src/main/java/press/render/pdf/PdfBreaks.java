package press.render.pdf;

import java.util.List;
import press.render.compose.ComposedLine;
import press.render.layout.TextParagraph;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * Where a body paragraph breaks across pages: never leaving its last line alone at the top of
 * a page nor its first alone at the foot, and carrying its last two lines to the next page
 * with what must follow it there (the 附件说明 and signature) when that does not fit here. The paragraph's lines are
 * composed before it is placed, so its part on this page is a count of them.
 */
final class PdfBreaks {

    /** Measured room is rounded by this much, in points. */
    private static final float SLACK = 0.5f;

    private final PdfComposer composer;

    PdfBreaks(PdfComposer composer) {
        this.composer = composer;
    }

    /**
     * Puts a paragraph in the flow; a body paragraph, or one that keeps room for what follows
     * it, is cut where the page ends so that neither its first nor its last line stands alone and
     * what must follow it comes with its last line.
     */
    void flow(TextParagraph laidOut) {
        List<ComposedLine> lines = composer.paragraphs().compose(laidOut, composer.textWidth());
        if (laidOut.role() != Role.BODY && laidOut.tailRoom() == 0) {
            composer.put(composer.paragraphs().paragraph(laidOut, lines, true));
            return;
        }
        int here = linesHere(laidOut, lines.size(), composer.flowY() - composer.bottom());
        if (here >= lines.size()) {
            composer.put(composer.paragraphs().paragraph(laidOut, lines, true));
        } else if (here == 0) {
            composer.newPage();
            composer.put(composer.paragraphs().paragraph(laidOut, lines, true));
        } else {
            int page = composer.pageNumber();
            composer.put(composer.paragraphs().paragraph(laidOut, lines.subList(0, here), false));
            if (composer.pageNumber() == page) {
                composer.newPage();
            }
            composer.put(composer.paragraphs().paragraph(laidOut, lines.subList(here, lines.size()), true));
        }
    }

    /**
     * How many of the paragraph's {@code lines} stay on this page, {@code room} points being left
     * on it: all of them, none (it starts the next page), or a number to cut it after.
     */
    private int linesHere(TextParagraph laidOut, int lines, float room) {
        TextStyle style = composer.style().role(laidOut.role());
        float leading = style.leading();
        float before = laidOut.flushTop() ? 0 : style.spaceBefore();
        int fit = (int) Math.floor((room - before + SLACK) / leading);
        int tail = (int) Math.ceil(laidOut.tailRoom() / leading - SLACK / leading);
        if (lines + tail <= fit) {
            return lines;
        }
        int here = Math.min(fit, lines - 2);
        return here < 2 ? 0 : here;
    }
}
