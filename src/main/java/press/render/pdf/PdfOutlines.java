package press.render.pdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import press.render.layout.BreakSpan;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Role;

/**
 * The document's bookmarks, made as the flow places what they point at: the title, every
 * heading under the heading above it, and every appendix as "附件1 title" under the title. A
 * reader's navigation pane then lists the bulletin as its headings do.
 */
final class PdfOutlines {

    private record Entry(int level, PdfOutline outline) {
    }

    private final PdfWriter writer;
    private final Deque<Entry> open = new ArrayDeque<>();
    private String appendixLabel = "";

    PdfOutlines(PdfWriter writer) {
        this.writer = writer;
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    }

    /**
     * Marks a paragraph just placed on the current page, its top {@code top} points up the page,
     * if it is one to navigate to; its role's {@code marker} (the 简报's ●) is not part of its name.
     */
    void placed(TextParagraph paragraph, String marker, float left, float top) {
        Role role = paragraph.role();
        String text = text(paragraph.spans());
        if (!marker.isEmpty() && text.startsWith(marker)) {
            text = text.substring(marker.length()).strip();
        }
        if (role == Role.APPENDIX_LABEL) {
            appendixLabel = text;
            return;
        }
        int level = level(role);
        if (level < 0 || text.isEmpty()) {
            return;
        }
        if (role == Role.APPENDIX_TITLE && !appendixLabel.isEmpty()) {
            text = appendixLabel.replaceFirst("[：:]$", "") + " " + text;
            appendixLabel = "";
        }
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
        PdfOutline parent = open.isEmpty() ? writer.getDirectContent().getRootOutline() : open.peek().outline();
        open.push(new Entry(level, new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, left, top, 0), text,
                level < 2)));
    }

    /** The title is the root's child; headings nest by level; appendices stand beside the first level. */
    static int level(Role role) {
        return switch (role) {
            case TITLE -> 0;
            case HEADING1, APPENDIX_TITLE -> 1;
            case HEADING2 -> 2;
            case HEADING3 -> 3;
            case HEADING4 -> 4;
            default -> -1;
        };
    }

    private static String text(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            switch (span) {
                case TextSpan textSpan -> textSpan.runs().forEach(run -> text.append(run.text()));
                case BreakSpan lineBreak -> {
                    // a title broken over lines is one name: its lines join without a space
                }
            }
        }
        return text.toString().strip();
    }
}
