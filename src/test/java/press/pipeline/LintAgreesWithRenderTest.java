package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import press.failure.Failure;
import press.testing.Fixtures;
import tools.jackson.databind.node.ObjectNode;

/** For each edge case of the data, lint passes exactly when render does not refuse. */
class LintAgreesWithRenderTest {

    private static final BulletinPress PRESS = Fixtures.press();

    /** The reference changed one way, the variant it is rendered in, and whether that renders. */
    enum Edge {
        REFERENCE(null, true, data -> { }),
        RATE_ABOVE_HUNDRED(null, false, data -> ((ObjectNode) data.at("/caseHandling/own")).put("completed", 13000)),
        TYPED_RATE_ABOVE_HUNDRED(null, false, data -> row(data).put("satisfaction", "100.52%")),
        NO_BASE_RATE(null, true, data -> {
            for (String count : new String[] {"evaluations", "good", "bad", "validBad", "invalidBad", "rectified", "defaulted", "active"}) {
                row(data).put(count, 0);
            }
            row(data).put("satisfaction", "—");
            row(data).putNull("activeRate");
        }),
        DASH_WHERE_THERE_IS_A_RATE(null, false, data -> row(data).put("satisfaction", "/")),
        UNCOVERED_CHARACTER(null, false, data -> ((ObjectNode) data.at("/news/own/0")).put("text", "举办活动\uD83D\uDE00。")),
        SEVERAL_VIOLATIONS(null, false, data -> {
            ((ObjectNode) data.at("/caseHandling/own")).put("accepted", new java.math.BigDecimal("1E16"));
            data.put("title", " ");
        }),
        PASTED_PARAGRAPHS(null, true, data -> ((ObjectNode) data.at("/news/own/0")).put("text", "第一段。\n\t第二段。")),
        LINE_BREAK_IN_A_LINE(null, false, data -> data.put("title", "全州\n概况")),
        GONGWEN_WITHOUT_SIGNATURE("gongwen", false, data -> data.remove("signature"));

        final String variant;
        final boolean renders;
        final Consumer<ObjectNode> change;

        Edge(String variant, boolean renders, Consumer<ObjectNode> change) {
            this.variant = variant;
            this.renders = renders;
            this.change = change;
        }

        private static ObjectNode row(ObjectNode data) {
            return (ObjectNode) data.at("/appendices/evaluation/rows/13");
        }
    }

    @ParameterizedTest
    @EnumSource(Edge.class)
    void lintPassesExactlyWhenRenderDoesNotRefuse(Edge edge) {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        edge.change.accept(data);
        boolean renders;
        try {
            PRESS.render(new RenderRequest(Fixtures.KIND, edge.variant, Format.PDF, data));
            renders = true;
        } catch (Failure refused) {
            renders = false;
        }
        boolean lints;
        try {
            lints = !PRESS.lint(Fixtures.KIND, edge.variant, data).hasErrors();
        } catch (Failure refused) {
            lints = false;
        }
        assertEquals(edge.renders, renders, "render of " + edge);
        assertEquals(renders, lints, "lint agrees with render for " + edge);
    }
}
