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
 * A chart's data is checked before anything is drawn: a chart that refers to a missing table or
 * column, reads a number column holding text, or has more categories or series than a chart
 * holds is refused at its JSON path; one that refers to a table rightly draws that table's
 * figures, so they are typed once.
 */
class ChartDataTest {

    /** The wenchuan fixture's body: a typed table "t" (no merged cells) and a chart referring to it. */
    private static ObjectNode data() {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ArrayNode blocks = (ArrayNode) data.at("/sections/0/blocks");
        blocks.removeAll();
        ObjectNode table = blocks.addObject().put("type", "table").put("id", "t");
        table.putArray("columns").add("text").add("number").add("number");
        table.putArray("head").addArray().add("乡镇").add("受理").add("办结");
        ArrayNode body = table.putArray("body");
        body.addArray().add("城关镇").add(412).add(401);
        body.addArray().add("白水乡").add(186).add(180);
        body.addArray().add("东坝乡").add(95).add(95);
        ObjectNode chart = blocks.addObject().put("type", "chart").put("kind", "column").put("title", "办件量")
                .put("fromTable", "t").put("categoryColumn", 1);
        chart.putArray("valueColumns").add(2).add(3);
        return data;
    }

    private static ObjectNode chart(ObjectNode data) {
        return (ObjectNode) data.at("/sections/0/blocks/1");
    }

    private static RenderedDocument render(ObjectNode data) {
        return Fixtures.press().render(new RenderRequest("generic-bulletin", null, Format.PDF, data));
    }

    @Test
    void aChartReferringToATableDrawsThatTablesFigures() {
        var kind = Fixtures.press().catalogue().kind("generic-bulletin").orElseThrow();
        String model = press.model.ModelDump.of(Fixtures.press().document(kind,
                kind.variant(kind.variantNames().get(0)).orElseThrow(), data()));
        assertTrue(model.contains("categories 城关镇 / 白水乡 / 东坝乡"), model);
        assertTrue(model.contains("series 受理: 412 / 186 / 95") && model.contains("series 办结: 401 / 180 / 95"), model);
    }

    @Test
    void aMissingTableIsRefusedAtTheChartsReference() {
        ObjectNode data = data();
        chart(data).put("fromTable", "nowhere");
        var refused = Failures.assertFails(Reason.INVALID_FIGURES, () -> render(data));
        assertEquals(List.of("$.sections[0].blocks[1].fromTable"), refused.paths());
    }

    @Test
    void aMissingColumnIsRefusedAtItsNumber() {
        ObjectNode data = data();
        ((ArrayNode) chart(data).get("valueColumns")).set(1, 7);
        var refused = Failures.assertFails(Reason.INVALID_FIGURES, () -> render(data));
        assertEquals(List.of("$.sections[0].blocks[1].valueColumns[1]"), refused.paths());
    }

    @Test
    void textInAValueColumnIsRefusedAtItsCell() {
        ObjectNode data = data();
        ((ArrayNode) data.at("/sections/0/blocks/0/body/1")).set(2, "一百八十");
        var refused = Failures.assertFails(Reason.INVALID_FIGURES, () -> render(data));
        assertEquals(List.of("$.sections[0].blocks[0].body[1][2]"), refused.paths());
        assertTrue(refused.getMessage().contains("图表的数值列里有文字"), refused.getMessage());
    }

    @Test
    void textAmongInlineValuesAndTooManyCategoriesAreRefusedByTheSchemaAtTheirPaths() {
        ObjectNode data = data();
        ObjectNode chart = chart(data);
        chart.remove(List.of("fromTable", "categoryColumn", "valueColumns"));
        ArrayNode categories = chart.putArray("categories");
        for (int i = 1; i <= 25; i++) {
            categories.add("第" + i + "类");
        }
        chart.putArray("series").addObject().put("name", "件数").putArray("values").add(1).add("二");
        var refused = Failures.assertFails(Reason.INVALID_DATA, () -> render(data));
        assertTrue(refused.paths().contains("$.sections[0].blocks[1].categories"), refused.paths().toString());
        assertTrue(refused.paths().contains("$.sections[0].blocks[1].series[0].values[1]"), refused.paths().toString());
    }

    @Test
    void aSeriesShortOfValuesIsRefusedAtItsValues() {
        ObjectNode data = data();
        ObjectNode chart = chart(data);
        chart.remove(List.of("fromTable", "categoryColumn", "valueColumns"));
        chart.putArray("categories").add("甲").add("乙");
        chart.putArray("series").addObject().put("name", "件数").putArray("values").add(1);
        var refused = Failures.assertFails(Reason.INVALID_FIGURES, () -> render(data));
        assertEquals(List.of("$.sections[0].blocks[1].series[0].values"), refused.paths());
    }
}
