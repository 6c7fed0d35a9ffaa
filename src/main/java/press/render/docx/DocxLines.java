package press.render.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.page.Page;
import press.render.page.PageItem;
import press.render.page.PagedDocument;
import press.render.page.Tag;
import press.render.page.TextLine;

/**
 * The lines our pages set each paragraph in, found again for the paragraph the DOCX writes: a
 * paragraph is known by its role and its text, and paragraphs alike in both are taken in reading
 * order. A paragraph whose text the pages do not hold as such (a cell's, a page number) has none.
 */
final class DocxLines {

    private final Map<String, Deque<List<TextLine>>> byParagraph = new HashMap<>();

    DocxLines(PagedDocument pages) {
        Map<Integer, List<TextLine>> byElement = new LinkedHashMap<>();
        for (Page page : pages.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof TextLine line && line.tag() instanceof Tag.Content content && line.angle() == 0) {
                    byElement.computeIfAbsent(content.element(), element -> new ArrayList<>()).add(line);
                }
            }
        }
        byElement.forEach((element, lines) -> {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line.text()));
            String role = pages.structure().get(element).role();
            byParagraph.computeIfAbsent(key(role, text.toString()), key -> new ArrayDeque<>()).add(lines);
        });
    }

    /** No lines for any paragraph. */
    static DocxLines none() {
        return new DocxLines();
    }

    private DocxLines() {
    }

    /** The lines of the next paragraph in our pages with this one's role and text, or none. */
    List<TextLine> take(TextParagraph paragraph) {
        Deque<List<TextLine>> candidates = byParagraph.get(key(paragraph.role().key(), text(paragraph)));
        return candidates == null || candidates.isEmpty() ? List.of() : candidates.poll();
    }

    /** The paragraph's characters as its runs hold them (a line break holds none). */
    static String text(TextParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        paragraph.spans().forEach(span -> {
            if (span instanceof TextSpan textSpan) {
                textSpan.runs().forEach(run -> text.append(run.text()));
            }
        });
        return text.toString();
    }

    private static String key(String role, String text) {
        return role + '\u0000' + text;
    }
}
