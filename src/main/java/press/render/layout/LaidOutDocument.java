package press.render.layout;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import press.fonts.FontSource;
import press.model.Metadata;

/**
 * A document as it will be printed: its metadata, its sections in order (each starting a page
 * of its own orientation), the page-number text, and the characters each font file must hold
 * for exactly this document.
 */
public record LaidOutDocument(Metadata metadata, List<Section> sections, PageNumbering pageNumbers,
                              Map<FontSource, int[]> fontPlan) {

    public LaidOutDocument {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(pageNumbers, "pageNumbers");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a laid-out document has at least one section");
        }
        // in the sources' order, not Map.copyOf's, which differs from JVM to JVM: writers embed in this order
        Map<FontSource, int[]> sorted = new java.util.TreeMap<>(FontSource.ORDER);
        sorted.putAll(fontPlan);
        fontPlan = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The characters of each font file, a fresh copy the caller may keep. */
    @Override
    public Map<FontSource, int[]> fontPlan() {
        Map<FontSource, int[]> copy = new java.util.LinkedHashMap<>();
        fontPlan.forEach((source, characters) -> copy.put(source, characters.clone()));
        return copy;
    }
}
