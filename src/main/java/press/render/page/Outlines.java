package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.render.layout.BreakSpan;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Role;

/**
 * The document's bookmarks, made as paragraphs are placed: the title, every heading at its rank,
 * and every appendix as "附件1 title" beside the first-level headings. A reader's navigation pane
 * then lists the bulletin as its headings do.
 */
final class Outlines {

    private final List<OutlineEntry> entries = new ArrayList<>();
    private String appendixLabel = "";

    /**
     * A paragraph placed on page {@code page} with its top {@code y} points down the sheet, if it
     * is one to navigate to; its role's {@code marker} (the 简报's ●) is not part of its name.
     */
    void placed(TextParagraph paragraph, String marker, int page, float y) {
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
        entries.add(new OutlineEntry(text, level, page, y));
    }

    /** The title is level 0; headings nest by rank; appendices stand beside the first rank. */
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

    List<OutlineEntry> entries() {
        return entries;
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
