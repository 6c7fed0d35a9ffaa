package press.render.page;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import press.render.layout.ClosingBlock;
import press.render.layout.Part;
import press.render.layout.Section;
import press.render.layout.TextParagraph;
import press.render.style.PageStyle;
import press.render.style.Role;

/**
 * What the page stage keeps together, for every format that breaks pages: the roles whose
 * paragraphs keep with what follows them (headings, titles, a table's caption and unit) and with
 * what precedes them (the 附件说明, 附注, captions under a picture, notes under a table); and
 * the sections as their pages are cut, with headings carried over to what they introduce and the
 * closing block upright.
 */
public final class Keeps {

    private static final Set<Role> WITH_NEXT = EnumSet.of(Role.MASTHEAD, Role.MASTHEAD_ISSUE, Role.TITLE,
            Role.SUBTITLE, Role.HEADING1, Role.HEADING2, Role.HEADING3, Role.HEADING4, Role.APPENDIX_LABEL,
            Role.APPENDIX_TITLE, Role.TABLE_CAPTION, Role.TABLE_UNIT, Role.DOCUMENT_NUMBER, Role.SIGNER);
    private static final Set<Role> WITH_PREVIOUS = EnumSet.of(Role.ATTACHMENTS, Role.NOTE, Role.FIGURE_CAPTION,
            Role.TABLE_NOTE);

    private Keeps() {
    }

    /** Whether a paragraph in {@code role} keeps with the part after it, its lines never parted. */
    public static boolean withNext(Role role) {
        return WITH_NEXT.contains(role);
    }

    /** Whether a paragraph in {@code role} keeps with the part before it. */
    public static boolean withPrevious(Role role) {
        return WITH_PREVIOUS.contains(role);
    }

    /** Whether a part keeps with the part after it. */
    static boolean withNext(Part part) {
        return part instanceof TextParagraph paragraph && withNext(paragraph.role());
    }

    /**
     * The sections as their pages are cut: headings and captions that end a section go on with
     * what they introduce at the start of the next (a table turned onto a landscape page of its
     * own), unless that starts an appendix; a closing block on landscape pages goes on a portrait
     * page ({@code portrait}) of its own, upright in the bound document.
     */
    public static List<Section> arranged(List<Section> sections, PageStyle portrait) {
        List<Section> arranged = new ArrayList<>();
        List<Part> carried = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<Part> parts = new ArrayList<>(carried);
            parts.addAll(section.parts());
            carried.clear();
            boolean nextIsBody = s + 1 < sections.size() && !startsAppendix(sections.get(s + 1));
            while (nextIsBody && !parts.isEmpty() && withNext(parts.get(parts.size() - 1))) {
                carried.add(0, parts.remove(parts.size() - 1));
            }
            Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (section.landscape() && last instanceof ClosingBlock) {
                parts.remove(parts.size() - 1);
                add(arranged, new Section(section.page(), true, parts));
                arranged.add(new Section(portrait, false, List.of(last)));
            } else {
                add(arranged, new Section(section.page(), section.landscape(), parts));
            }
        }
        return arranged;
    }

    private static void add(List<Section> sections, Section section) {
        if (!section.parts().isEmpty()) {
            sections.add(section);
        }
    }

    private static boolean startsAppendix(Section section) {
        return !section.parts().isEmpty() && section.parts().get(0) instanceof TextParagraph paragraph
                && (paragraph.role() == Role.APPENDIX_LABEL || paragraph.role() == Role.APPENDIX_TITLE);
    }
}
