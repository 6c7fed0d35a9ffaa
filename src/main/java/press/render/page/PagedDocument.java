package press.render.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import press.fonts.FontSource;
import press.model.Metadata;

/**
 * A document cut into pages: its metadata, its pages in order, its structure elements in reading
 * order (what the pages' items are tied to), its outline, and the characters each font file must
 * hold for exactly this document.
 */
public record PagedDocument(Metadata metadata, List<Page> pages, List<StructureElement> structure,
                            List<OutlineEntry> outline, Map<FontSource, int[]> fontPlan) {

    public PagedDocument {
        Objects.requireNonNull(metadata, "metadata");
        pages = List.copyOf(pages);
        structure = List.copyOf(structure);
        outline = List.copyOf(outline);
        fontPlan = Map.copyOf(fontPlan);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one page");
        }
    }

    /** The characters of each font file, a fresh copy the caller may keep. */
    @Override
    public Map<FontSource, int[]> fontPlan() {
        Map<FontSource, int[]> copy = new LinkedHashMap<>();
        fontPlan.forEach((source, characters) -> copy.put(source, characters.clone()));
        return copy;
    }
}
