package press.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;
import press.render.compose.ComposedLine;
import press.render.layout.TextParagraph;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * Puts composed paragraphs in the flow, page by page. A body paragraph, or one that keeps room
 * for what follows it, never leaves its last line alone at the top of a page nor its first
 * alone at the foot, and carries its last two lines to the next page with what must follow it
 * there (the 附件说明 and signature) when that does not fit here; other paragraphs break where
 * the page ends. Each part is drawn by {@link PdfLines} and the flow moved down past it.
 */
final class PdfBreaks {

    /** Measured room is rounded by this much, in points. */
    private static final float SLACK = 0.5f;

    private final PdfComposer composer;
    private final PdfLines lines;

    PdfBreaks(PdfComposer composer, PdfLines lines) {
        this.composer = composer;
        this.lines = lines;
    }

    /** Puts a paragraph in the flow with its role's space before it. */
    void flow(TextParagraph laidOut, PdfStructureElement element) {
        flow(laidOut, element, -1);
    }

    /**
     * Puts a paragraph in the flow, {@code spaceBefore} points below what precedes it (the
     * role's spacing when negative); no space opens a page.
     */
    void flow(TextParagraph laidOut, PdfStructureElement element, float spaceBefore) {
        List<ComposedLine> rest = composer.paragraphs().compose(laidOut, composer.textWidth());
        TextStyle style = composer.style().role(laidOut.role());
        boolean guarded = laidOut.role() == Role.BODY || laidOut.tailRoom() > 0;
        boolean start = true;
        while (!rest.isEmpty()) {
            float before = !start || composer.atPageTop() ? 0
                    : spaceBefore >= 0 ? spaceBefore : laidOut.flushTop() ? 0 : style.spaceBefore();
            int fit = (int) Math.floor((composer.flowY() - composer.bottom() - before + SLACK) / style.leading());
            int here = guarded ? linesHere(laidOut, rest.size(), fit) : Math.min(fit, rest.size());
            if (here == 0 && composer.atPageTop()) {
                // a page holds at least one line, whatever the rules ask
                here = Math.max(1, Math.min(fit, rest.size()));
            }
            if (here == 0) {
                composer.newPage();
                continue;
            }
            boolean end = here == rest.size();
            place(laidOut, rest.subList(0, here), before, end, element);
            if (end) {
                return;
            }
            rest = rest.subList(here, rest.size());
            start = false;
            composer.newPage();
        }
    }

    /** Draws lines that fit here and moves the flow below them and the paragraph's space after where they {@code end} it. */
    private void place(TextParagraph laidOut, List<ComposedLine> piece, float before, boolean end,
                       PdfStructureElement element) {
        TextStyle style = composer.style().role(laidOut.role());
        float top = composer.flowY() - before;
        float used = before + lines.draw(composer.canvas(), element, laidOut, piece, composer.left(), top,
                composer.textWidth());
        float left = composer.flowY() - used - composer.bottom();
        if (end && style.spaceAfter() > 0 && left >= style.leading()) {
            used += Math.min(style.spaceAfter(), left);
        }
        composer.advance(used);
    }

    /**
     * How many of a guarded paragraph's {@code lines} stay on this page, {@code fit} lines having
     * room on it: all of them, none (it starts the next page), or a number to cut it after.
     */
    private int linesHere(TextParagraph laidOut, int lines, int fit) {
        float leading = composer.style().role(laidOut.role()).leading();
        int tail = (int) Math.ceil(laidOut.tailRoom() / leading - SLACK / leading);
        if (lines + tail <= fit) {
            return lines;
        }
        int here = Math.min(fit, lines - 2);
        return here < 2 ? 0 : here;
    }
}
