package press.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.catalogue.Kind;
import press.pipeline.BulletinPress;
import press.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The digest keeps to the two pages its sheet budgets: a long 报/送/发 list first sets the
 * closing block tighter, then shortens the ranking by as few rows as it takes, saying how many
 * it left out; the reference, which fits, loses nothing.
 */
class PageBudgetTest {

    private static final BulletinPress PRESS = Fixtures.press();
    private static final Kind KIND = PRESS.catalogue().kind(Fixtures.KIND).orElseThrow();

    private static PagedDocument digest(ObjectNode data) {
        return PRESS.pages(KIND, KIND.variant("digest").orElseThrow(), data);
    }

    private static List<String> lines(PagedDocument paged) {
        return paged.pages().stream().flatMap(page -> page.items().stream())
                .filter(item -> item instanceof TextLine && item.tag() instanceof Tag.Content)
                .map(item -> ((TextLine) item).text()).toList();
    }

    /** The rows of the document's last table, the ranking. */
    private static long rankingRows(PagedDocument paged) {
        List<StructureElement> structure = paged.structure();
        int table = -1;
        for (int e = 0; e < structure.size(); e++) {
            table = structure.get(e).type() == StructureType.TABLE ? e : table;
        }
        int ranking = table;
        return structure.stream().filter(e -> e.type() == StructureType.TABLE_ROW && e.parent() == ranking).count();
    }

    @Test
    void theReferenceDigestFitsTwoPagesWithItsWholeRanking() {
        PagedDocument paged = digest(Fixtures.data(Fixtures.REFERENCE));
        assertEquals(2, paged.pages().size());
        assertTrue(lines(paged).stream().noneMatch(line -> line.contains("从略")), "nothing left out");
        assertTrue(lines(paged).contains("州本级"), "the last of the ranking is printed");
    }

    @Test
    void aLongDistributionListShortensTheRankingRatherThanOpenAThirdPage() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ObjectNode distribution = (ObjectNode) data.path("closing").path("distribution");
        for (String line : List.of("send", "issue")) {
            ArrayNode names = (ArrayNode) distribution.path(line);
            ArrayNode copy = names.deepCopy();
            for (int i = 0; i < 3; i++) {
                names.addAll(copy);
            }
        }
        PagedDocument whole = digest(Fixtures.data(Fixtures.REFERENCE));
        PagedDocument paged = digest(data);
        assertEquals(2, paged.pages().size(), "the digest keeps to two pages");
        List<String> notes = lines(paged).stream().filter(line -> line.matches("（其余\\d+项从略）")).toList();
        assertEquals(1, notes.size(), "one note says what was left out: " + lines(paged));
        int leftOut = Integer.parseInt(notes.get(0).replaceAll("\\D", ""));
        assertTrue(leftOut > 0, notes.get(0));
        assertTrue(lines(paged).contains("排名") && lines(paged).contains("部门名称"), "the ranking keeps its head");
        assertTrue(lines(paged).contains("州级"), "the other tables are whole");
        assertTrue(lines(paged).stream().anyMatch(line -> line.contains("州第九纪检监察组")), "the closing block is whole");
        assertEquals(leftOut, rankingRows(whole) - rankingRows(paged), "the note counts the rows left out");
    }
}
