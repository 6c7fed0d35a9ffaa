package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.failure.Reason;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generic bulletin's typed table blocks ({@code {"type": "table", …}}) are proofread as its
 * keyed ones ({@code {"table": {…}}}) are: a row that does not fit the columns is refused at its
 * path (it used to reach the markup and answer 500), a totals row that does not add up is
 * refused, and a column of ratios (its heading says 率 or %) carries the ratio of the totals.
 */
class TypedTableFiguresTest {

    private static final String FIXTURE = "yunling-2026-10";

    private static ObjectNode typedTable(ObjectNode data, int section, int block) {
        ObjectNode table = (ObjectNode) data.path("sections").get(section).path("blocks").get(block);
        assertEquals("table", table.path("type").asString());
        return table;
    }

    private static RenderedDocument render(ObjectNode data) {
        return Fixtures.press().render(new RenderRequest("generic-bulletin", null, Format.PDF, data));
    }

    @Test
    void aRowWiderThanTheColumnsIsRefusedAtItsPath() {
        ObjectNode data = Fixtures.data(FIXTURE);
        ((ArrayNode) typedTable(data, 2, 1).path("body").get(1)).add(7).add(8);
        var refused = Failures.assertFails(Reason.INVALID_FIGURES, () -> render(data));
        assertEquals(List.of("$.sections[2].blocks[1].body[1][12]"), refused.paths());
    }

    @Test
    void aTotalsRowThatDoesNotAddUpIsRefusedAndARatioColumnIsNotSummed() {
        ObjectNode data = Fixtures.data(FIXTURE);
        assertTrue(render(data).report().errors().isEmpty(), "the fixture's 按时办结率 total is the ratio of the totals");
        ((ArrayNode) typedTable(data, 1, 7).path("foot").get(0)).set(1, 4287);
        var refused = Failures.assertFails(Reason.INVALID_FIGURES, () -> render(data));
        assertEquals(List.of("$.sections[1].blocks[7].foot[0][1]"), refused.paths());
        assertTrue(refused.getMessage().contains("4286"), refused.getMessage());
    }
}
