package press.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import press.fonts.FontLibrary;
import press.model.Document;
import press.render.layout.DocumentLayout;
import press.render.layout.EmBox;
import press.render.layout.Slack;
import press.render.style.PageStyle;
import press.render.style.StyleSheet;
import press.render.style.StyleSheetLoader;
import press.testing.Fixtures;

/**
 * Pages cut from generated documents ({@link GeneratedDocuments}: every length, wide and long
 * tables, landscape appendices anywhere, long titles, long 报/送/发 lists) under every style
 * sheet hold on every page: nothing outside the text block but the page number, no two lines of
 * text over each other, the closing block whole at the foot of a portrait last page and never
 * alone on it where the sheet does not ask for that, no heading or caption left at a page's
 * foot, no paragraph leaving a single line on a page, a table's head never without two rows
 * under it.
 */
class PaginationPropertiesTest {

    private static final FontLibrary FONTS = FontLibrary.load(Fixtures.root().resolve("fonts"));
    private static final List<String> SHEETS = List.of("gov-service-monthly/jianbao", "gov-service-monthly/gongwen",
            "gov-service-monthly/xinhan", "gov-service-monthly/digest", "generic-bulletin/standard");
    private static final int DOCUMENTS = 30;
    private static final Set<String> INTRODUCING = Set.of("title", "subtitle", "heading1", "heading2", "heading3",
            "heading4", "tableCaption", "tableUnit", "appendixLabel", "appendixTitle");
    private static final float SLACK = 0.6f;

    @TestFactory
    Stream<DynamicTest> everyPageOfEveryGeneratedDocumentHoldsUnderEverySheet() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : SHEETS) {
            StyleSheet style = new StyleSheetLoader().load(Fixtures.root().resolve("templates/" + name + ".style.json"));
            DocumentLayout layout = new DocumentLayout(style, FONTS, Slack.NONE);
            Paginator paginator = new Paginator(style, FONTS);
            for (int seed = 1; seed <= DOCUMENTS; seed++) {
                long documentSeed = seed;
                tests.add(DynamicTest.dynamicTest(name + " #" + seed, () -> {
                    Document document = new GeneratedDocuments(documentSeed).next();
                    check(style, paginator.paginate(layout.layOut(document)), document);
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The generated documents reach the edges the properties are about: landscape pages, a
     * closing block after a landscape page, tables and paragraphs that go on over a page, long
     * closing blocks, pages turned for a table in the body.
     */
    @org.junit.jupiter.api.Test
    void theGeneratedDocumentsReachTheEdgesOfThePage() {
        StyleSheet style = new StyleSheetLoader().load(Fixtures.root().resolve("templates/generic-bulletin/standard.style.json"));
        DocumentLayout layout = new DocumentLayout(style, FONTS, Slack.NONE);
        Paginator paginator = new Paginator(style, FONTS);
        Map<String, Integer> seen = new HashMap<>();
        for (int seed = 1; seed <= DOCUMENTS; seed++) {
            PagedDocument paged = paginator.paginate(layout.layOut(new GeneratedDocuments(seed).next()));
            List<Page> pages = paged.pages();
            Map<Integer, Set<Integer>> pagesOf = new HashMap<>();
            int closingLines = 0;
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).landscape()) {
                    seen.merge("landscape page", 1, Integer::sum);
                }
                for (PageItem item : pages.get(p).items()) {
                    if (item instanceof TextLine && item.tag() instanceof Tag.Content content) {
                        StructureElement element = paged.structure().get(content.element());
                        int owner = element.type() == StructureType.DATA_CELL
                                ? paged.structure().get(element.parent()).parent() : content.element();
                        pagesOf.computeIfAbsent(owner, e -> new HashSet<>()).add(p);
                        closingLines += element.role().equals("closing") ? 1 : 0;
                    }
                }
            }
            int last = pages.size() - 1;
            if (closingLines > 0 && last > 0 && pages.get(last - 1).landscape()) {
                seen.merge("closing after a landscape page", 1, Integer::sum);
            }
            if (closingLines >= 10) {
                seen.merge("a closing block of ten lines", 1, Integer::sum);
            }
            pagesOf.forEach((owner, on) -> {
                if (on.size() > 1) {
                    StructureType type = paged.structure().get(owner).type();
                    seen.merge(type + " over pages", 1, Integer::sum);
                }
            });
        }
        for (String edge : List.of("landscape page", "closing after a landscape page", "a closing block of ten lines",
                "TABLE over pages", "PARAGRAPH over pages")) {
            assertTrue(seen.getOrDefault(edge, 0) > 0, "no generated document has a " + edge + ": " + seen);
        }
    }

    private static void check(StyleSheet style, PagedDocument paged, Document document) {
        List<StructureElement> structure = paged.structure();
        int lastPage = paged.pages().size() - 1;
        Integer closingPage = null;
        Map<Integer, Map<Integer, Integer>> linesPerPage = new HashMap<>();
        for (int p = 0; p < paged.pages().size(); p++) {
            Page page = paged.pages().get(p);
            PageStyle sheet = page.landscape() ? style.page().landscape() : style.page();
            String where = "page " + (p + 1);
            List<TextLine> lines = new ArrayList<>();
            TextLine lowest = null;
            boolean other = false;
            boolean closing = false;
            for (PageItem item : page.items()) {
                if (item.tag() == Tag.PAGINATION && item instanceof TextLine) {
                    continue;
                }
                within(item, sheet, where);
                if (item instanceof TextLine line) {
                    lines.add(line);
                    if (item.tag() instanceof Tag.Content content) {
                        StructureElement element = structure.get(content.element());
                        if (element.role().equals("closing")) {
                            closing = true;
                        } else {
                            other = true;
                            linesPerPage.computeIfAbsent(content.element(), e -> new HashMap<>()).merge(p, 1, Integer::sum);
                            if (lowest == null || line.baseline() > lowest.baseline()) {
                                lowest = line;
                            }
                        }
                    }
                }
            }
            apart(lines, where);
            if (closing) {
                assertEquals(null, closingPage, "the closing block is on one page");
                closingPage = p;
                assertFalse(page.landscape(), "the closing block is on a portrait page");
                assertEquals(lastPage, p, "the closing block is on the last page");
                boolean afterLandscape = p > 0 && paged.pages().get(p - 1).landscape();
                assertTrue(other || style.closing().evenPage() || afterLandscape,
                        "the closing block is not alone on " + where);
                footed(page, sheet, where);
            }
            if (p < lastPage && lowest != null) {
                StructureElement element = structure.get(((Tag.Content) lowest.tag()).element());
                assertFalse(INTRODUCING.contains(element.role()) && !element.role().equals("appendixTitle"),
                        where + " ends with a " + element.role() + ": " + lowest.text());
            }
        }
        for (Map.Entry<Integer, Map<Integer, Integer>> element : linesPerPage.entrySet()) {
            StructureElement paragraph = structure.get(element.getKey());
            if (element.getValue().size() > 1 && paragraph.role().equals("body")) {
                element.getValue().forEach((page, count) -> assertTrue(count >= 2,
                        "a body paragraph leaves one line on page " + (page + 1)));
            }
        }
        tableHeads(paged);
    }

    /** Every item but the page number lies within the text block. */
    private static void within(PageItem item, PageStyle sheet, String where) {
        float left = sheet.left() - SLACK;
        float right = sheet.width() - sheet.right() + SLACK;
        float top = sheet.top() - SLACK;
        float bottom = sheet.height() - sheet.bottom() + SLACK;
        switch (item) {
            case TextLine line -> {
                float size = line.runs().isEmpty() ? 0 : line.runs().get(0).size();
                assertTrue(line.x() >= left && line.x() + line.width() <= right && line.baseline() - EmBox.ASCENT * size >= top
                        && line.baseline() + EmBox.DESCENT * size <= bottom, where + ": outside the text block: "
                        + line.text() + " at " + line.x() + "," + line.baseline() + " w" + line.width());
            }
            case Rule rule -> assertTrue(Math.min(rule.x1(), rule.x2()) >= left - rule.width()
                    && Math.max(rule.x1(), rule.x2()) <= right + rule.width() && Math.min(rule.y1(), rule.y2()) >= top
                    - rule.width() && Math.max(rule.y1(), rule.y2()) <= bottom + rule.width(), where + ": a rule outside");
            case Box box -> assertTrue(box.x() >= left - box.stroke() && box.x() + box.width() <= right + box.stroke()
                    && box.y() >= top - box.stroke() && box.y() + box.height() <= bottom + box.stroke(),
                    where + ": a box outside the text block at " + box.x() + "," + box.y() + " " + box.width() + "×" + box.height());
            case PlacedImage image -> assertTrue(image.x() >= left && image.y() >= top, where + ": a picture outside");
            case PlacedChart chart -> assertTrue(chart.x() >= left && chart.y() >= top, where + ": a chart outside");
            case VectorPath path -> fail(where + ": a path outside a chart");
        }
    }

    /** No two lines' em boxes overlap. */
    private static void apart(List<TextLine> lines, String where) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
        for (int i = 0; i < sorted.size(); i++) {
            TextLine a = sorted.get(i);
            float aSize = a.runs().isEmpty() ? 0 : a.runs().get(0).size();
            for (int j = i + 1; j < sorted.size(); j++) {
                TextLine b = sorted.get(j);
                float bSize = b.runs().isEmpty() ? 0 : b.runs().get(0).size();
                if (b.baseline() - EmBox.ASCENT * bSize >= a.baseline() + EmBox.DESCENT * aSize - 0.01f) {
                    break;
                }
                boolean across = a.x() < b.x() + b.width() - 0.01f && b.x() < a.x() + a.width() - 0.01f;
                assertFalse(across && !a.runs().isEmpty() && !b.runs().isEmpty(), where + ": “" + a.text() + "” and “"
                        + b.text() + "” overlap");
            }
        }
    }

    /** The closing block's last rule lies on the text block's foot. */
    private static void footed(Page page, PageStyle sheet, String where) {
        float lowest = 0;
        for (PageItem item : page.items()) {
            if (item instanceof Rule rule) {
                lowest = Math.max(lowest, rule.y1());
            }
        }
        float foot = sheet.height() - sheet.bottom();
        assertTrue(lowest == 0 || Math.abs(lowest - foot) < 1, where + ": the closing block's last rule at " + lowest
                + ", the foot at " + foot);
    }

    /** A page that holds a table's head as content also holds two of its body rows, or all it has. */
    private static void tableHeads(PagedDocument paged) {
        List<StructureElement> structure = paged.structure();
        Map<Integer, Integer> bodyRows = new HashMap<>();
        for (StructureElement element : structure) {
            if (element.type() == StructureType.TABLE_ROW) {
                bodyRows.merge(element.parent(), 0, Integer::sum);
            }
        }
        for (int p = 0; p < paged.pages().size(); p++) {
            Map<Integer, Set<Integer>> rowsOfTable = new HashMap<>();
            Set<Integer> headed = new HashSet<>();
            for (PageItem item : paged.pages().get(p).items()) {
                if (item instanceof TextLine && item.tag() instanceof Tag.Content content) {
                    StructureElement cell = structure.get(content.element());
                    if (cell.type() == StructureType.HEADER_CELL) {
                        headed.add(structure.get(cell.parent()).parent());
                    } else if (cell.type() == StructureType.DATA_CELL) {
                        int row = cell.parent();
                        rowsOfTable.computeIfAbsent(structure.get(row).parent(), t -> new HashSet<>()).add(row);
                    }
                }
            }
            for (int table : headed) {
                long rows = structure.stream().filter(e -> e.type() == StructureType.TABLE_ROW && e.parent() == table)
                        .count();
                int held = rowsOfTable.getOrDefault(table, Set.of()).size();
                assertTrue(held >= Math.min(2, rows - 1), "page " + (p + 1) + " holds a table's head with " + held
                        + " rows under it");
            }
        }
    }
}
