package press.render.layout;

import java.util.List;
import press.fonts.FontRun;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * The 附件说明, signature and 附注 at the end of a section stay on the page of the body's last
 * line: the paragraph before them keeps room for them after its last line.
 */
final class TailRoom {

    private TailRoom() {
    }

    static void keep(List<Part> parts, LayoutPass pass, float textWidth) {
        StyleSheet style = pass.style();
        float room = 0;
        int at = parts.size() - 1;
        boolean tail = false;
        for (; at >= 0; at--) {
            Part part = parts.get(at);
            if (part instanceof TextParagraph p && (p.role() == Role.ATTACHMENTS || p.role() == Role.NOTE)) {
                room += height(p, pass, textWidth);
            } else if (part instanceof SignatureBlock block) {
                float leading = style.role(Role.SIGNATURE).leading();
                room += block.spaceBefore() + 2 * leading + SignatureLayout.overhang(block, leading);
                tail = true;
            } else {
                break;
            }
            tail |= part instanceof TextParagraph p && p.role() == Role.ATTACHMENTS;
        }
        if (tail && at >= 0 && parts.get(at) instanceof TextParagraph last) {
            parts.set(at, last.withTailRoom(room));
        }
    }

    /** A paragraph's height as set: its space before and its lines, counted by width. */
    private static float height(TextParagraph paragraph, LayoutPass pass, float textWidth) {
        TextStyle textStyle = pass.style().role(paragraph.role());
        float width = 0;
        for (Span span : paragraph.spans()) {
            if (span instanceof TextSpan text) {
                for (FontRun run : text.runs()) {
                    width += pass.width(run.text(), pass.style().role(text.role()));
                }
            }
        }
        float lines = Math.max(1, (float) Math.ceil(width / Math.max(1, textWidth - paragraph.left())));
        return (paragraph.flushTop() ? 0 : textStyle.spaceBefore()) + lines * textStyle.leading() + textStyle.spaceAfter();
    }
}
