package press.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import press.fonts.FontLibrary;
import press.render.layout.LaidOutDocument;
import press.render.layout.LaidOutTable;
import press.render.layout.Labels;
import press.render.layout.Part;
import press.render.layout.Section;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Role;
import press.render.style.StyleSheet;

/**
 * A document kept to its page budget by leaving out the end of its last abridgeable table's
 * body: the most rows that still fit, found by halving, never fewer than {@value #LEAST} groups,
 * with a note under the table that says how many were left out.
 */
final class Abridgement {

    /** The fewest groups of body rows an abridged table keeps. */
    static final int LEAST = 3;

    private final StyleSheet style;
    private final FontLibrary fonts;
    private final LaidOutDocument document;

    Abridgement(StyleSheet style, FontLibrary fonts, LaidOutDocument document) {
        this.style = style;
        this.fonts = fonts;
        this.document = document;
    }

    /**
     * The document paged within {@code budget} pages with as much of the table as fits, or
     * {@code unabridged} where no abridgeable table, or none short enough, keeps to it.
     */
    PagedLayout within(int budget, Function<LaidOutDocument, PagedDocument> paginate, PagedLayout unabridged) {
        LaidOutTable table = lastAbridgeable();
        if (table == null) {
            return unabridged;
        }
        int groups = table.bodyGroups();
        int low = LEAST;
        int high = groups - 1;
        PagedLayout best = null;
        while (low <= high) {
            int keep = (low + high) >>> 1;
            LaidOutDocument shorter = abridged(table, keep, groups);
            PagedDocument paged = paginate.apply(shorter);
            if (paged.pages().size() <= budget) {
                best = new PagedLayout(shorter, paged);
                low = keep + 1;
            } else {
                high = keep - 1;
            }
        }
        return best != null ? best : unabridged;
    }

    private LaidOutTable lastAbridgeable() {
        LaidOutTable last = null;
        for (Section section : document.sections()) {
            for (Part part : section.parts()) {
                if (part instanceof LaidOutTable table && table.abridgeable() && table.bodyGroups() > LEAST) {
                    last = table;
                }
            }
        }
        return last;
    }

    /** The document with the table cut to {@code keep} of its {@code groups} groups, the note under it. */
    private LaidOutDocument abridged(LaidOutTable table, int keep, int groups) {
        int leftOut = table.abridged(groups).rows().size() - table.abridged(keep).rows().size();
        String note = Labels.abridgement(leftOut);
        TextParagraph paragraph = new TextParagraph(Role.TABLE_NOTE, List.of(new TextSpan(Role.TABLE_NOTE, false,
                fonts.runs(note, style.role(Role.TABLE_NOTE).font(), "table note"))));
        List<Section> sections = new ArrayList<>();
        for (Section section : document.sections()) {
            List<Part> parts = new ArrayList<>();
            for (Part part : section.parts()) {
                if (part == table) {
                    parts.add(table.abridged(keep));
                    parts.add(paragraph);
                } else {
                    parts.add(part);
                }
            }
            sections.add(new Section(section.page(), section.landscape(), parts));
        }
        return new LaidOutDocument(document.metadata(), sections, document.pageNumbers(), document.fontPlan());
    }
}
