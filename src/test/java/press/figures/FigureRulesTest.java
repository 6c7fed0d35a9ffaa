package press.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each rule of figures.json on the smallest data that shows it. */
class FigureRulesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static Figures evaluate(String rules, String data) {
        return FigureRules.parse(json(rules)).evaluate(json(data));
    }

    private static Finding only(Figures figures) {
        assertEquals(1, figures.report().findings().size(), figures.report().findings().toString());
        return figures.report().findings().get(0);
    }

    @Test
    void aDerivedCountIsWorkedOutForTheTemplate() {
        Figures figures = evaluate("{'derived': {'accepted': {'label': '受理', 'value': {'sum': ['$.a', '$.b']}},"
                + " 'all': {'sum': '$.rows[*].n'}}}", "{'a': 2, 'b': 3, 'rows': [{'n': 1}, {'n': 4}]}");
        assertEquals(new BigDecimal(5), figures.derived().get("accepted"));
        assertEquals(new BigDecimal(5), figures.derived().get("all"));
        assertTrue(figures.report().findings().isEmpty());
    }

    @Test
    void aNegativeDerivedCountIsAnErrorNamingEveryFieldAndTheArithmetic() {
        Finding finding = only(evaluate("{'derived': {"
                + "'referred': {'label': '转办', 'value': {'minus': ['$.calls', '$.online']}},"
                + "'open': {'label': '正在办理', 'value': {'minus': ['#referred', '$.answered']}}}}",
                "{'calls': 1912, 'online': 1806, 'answered': 319}"));
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(List.of("$.calls", "$.online", "$.answered"), finding.paths());
        assertEquals("-213", finding.found());
        assertTrue(finding.message().contains("转办 = $.calls 1912 − $.online 1806 = 106"), finding.message());
        assertTrue(finding.message().contains("正在办理 = 转办 106 − $.answered 319 = -213"), finding.message());
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPartsIsAnError() {
        Finding finding = only(evaluate("{'checks': [{'rule': 'sum', 'each': '$.rows[*]', 'total': 'evaluations',"
                + " 'parts': ['good', 'bad']}]}", "{'rows': [{'evaluations': 5, 'good': 4, 'bad': 1},"
                + " {'evaluations': 9, 'good': 4, 'bad': 1}]}"));
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(List.of("$.rows[1].evaluations", "$.rows[1].good", "$.rows[1].bad"), finding.paths());
        assertEquals("5", finding.expected());
        assertEquals("9", finding.found());
    }

    @Test
    void aTypedRateMustMatchItsRatioRoundedEitherWay() {
        String rules = "{'checks': [{'rule': 'rate', 'each': '$.rows[*]', 'rate': 'rate', 'part': 'active', 'whole': 'all'}]}";
        assertTrue(evaluate(rules, "{'rows': [{'rate': '0.54%', 'active': 149, 'all': 27324},"
                + " {'rate': '0.55%', 'active': 149, 'all': 27324}, {'rate': '0.5%', 'active': 149, 'all': 27324},"
                + " {'rate': '100%', 'active': 5, 'all': 5}, {'rate': '0.0%', 'active': 0, 'all': 5}]}")
                .report().findings().isEmpty(), "truncated, half up, one decimal, whole, nothing");
        Finding finding = only(evaluate(rules, "{'rows': [{'rate': '8.54%', 'active': 263, 'all': 61057}]}"));
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("0.43%", finding.expected());
        assertEquals("8.54%", finding.found());
        assertEquals("$.rows[0].rate", finding.paths().get(0));
    }

    @Test
    void aPartAboveItsWholeIsFlaggedNotRefused() {
        Finding finding = only(evaluate("{'checks': [{'rule': 'atMost', 'value': '$.completed', 'limit': '$.accepted'}]}",
                "{'completed': 12, 'accepted': 10}"));
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("≤ 10", finding.expected());
        assertEquals(List.of("$.completed", "$.accepted"), finding.paths());
    }

    @Test
    void ranksMustFollowTheRowsTiesAllowed() {
        String rules = "{'checks': [{'rule': 'ranks', 'rows': '$.rows', 'rank': 'rank'}]}";
        assertTrue(evaluate(rules, "{'rows': [{'rank': 1}, {'rank': 2}, {'rank': 2}, {'rank': 4}]}")
                .report().findings().isEmpty());
        Finding finding = only(evaluate(rules, "{'rows': [{'rank': 1}, {'rank': 3}, {'rank': 3}]}"));
        assertEquals("$.rows[1].rank", finding.paths().get(0));
        assertEquals("3", finding.found());
    }

    @Test
    void twoTextsThatShouldReadTheSameAreFlagged() {
        String rules = "{'checks': [{'rule': 'sameText', 'each': '$.attachments[*]', 'a': 'title', 'b': 'listedAs'}]}";
        Finding finding = only(evaluate(rules, "{'attachments': [{'title': '统计表'}, {'title': '统计表', 'listedAs': '统计表'},"
                + " {'title': '排名表（5月）', 'listedAs': '排名表'}]}"));
        assertEquals(List.of("$.attachments[2].title", "$.attachments[2].listedAs"), finding.paths());
    }

    @Test
    void aTablesTotalsRowMustAddUpItsNumberColumnsSpansIncluded() {
        String rules = "{'checks': [{'rule': 'tableTotals', 'tables': '$.tables[*]'}]}";
        String table = "{'tables': [{'columns': ['text', 'text', 'number', {'kind': 'number'}, 'number'],"
                + " 'body': [[{'text': '综合区', 'rowspan': 2}, '甲', 10, 1, '100 pct'], ['乙', 5, 2, '']],"
                + " 'foot': [[{'text': '合计', 'colspan': 2}, TOTAL, 3, '']]}]}";
        assertTrue(evaluate(rules, table.replace("TOTAL", "15")).report().findings().isEmpty());
        Finding finding = only(evaluate(rules, table.replace("TOTAL", "16")));
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("$.tables[0].foot[0][1]", finding.paths().get(0));
        assertEquals("15", finding.expected());
    }

    @Test
    void aTableWhoseShapeIsWrongIsAnErrorAtTheRowOrCell() {
        String rules = "{'checks': [{'rule': 'tableShape', 'tables': '$.tables[*]'}]}";
        assertTrue(evaluate(rules, "{'tables': [{'columns': ['text', 'number'], 'head': [['a', 'b']],"
                + " 'body': [[{'text': 'x', 'rowspan': 2}, 1], [2]]}]}").report().findings().isEmpty());
        record Case(String body, String path) {
        }
        for (Case c : List.of(new Case("[['x']]", "$.tables[0].body[0]"),
                new Case("[['x', 1, 2]]", "$.tables[0].body[0][2]"),
                new Case("[[{'text': 'x', 'colspan': 3}]]", "$.tables[0].body[0][0]"),
                new Case("[[{'text': 'x', 'rowspan': 3}, 1], [2]]", "$.tables[0].body[0][0]"),
                new Case("[['x', {'text': 1, 'rowspan': 2}], [{'text': 'y', 'colspan': 2}]]", "$.tables[0].body[1][0]"))) {
            List<Finding> findings = evaluate(rules, "{'tables': [{'columns': ['text', 'number'], 'body': " + c.body() + "}]}")
                    .report().errors();
            assertTrue(findings.stream().anyMatch(f -> f.paths().equals(List.of(c.path()))), c + ": " + findings);
        }
        List<Finding> headIntoBody = evaluate(rules, "{'tables': [{'columns': ['text'], 'head': [[{'text': 'h', 'rowspan': 2}]],"
                + " 'body': [['x']]}]}").report().errors();
        assertEquals(List.of("$.tables[0].head[0][0]"), headIntoBody.get(0).paths());
    }

    @Test
    void severityAndMessageCanBeDeclared() {
        Finding finding = only(evaluate("{'checks': [{'rule': 'atMost', 'value': '$.a', 'limit': '$.b', 'severity': 'error',"
                + " 'message': '办结数大于受理数'}]}", "{'a': 2, 'b': 1}"));
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.message().startsWith("办结数大于受理数"), finding.message());
    }

    @Test
    void aCheckWhoseFieldsAreAbsentFindsNothing() {
        assertTrue(evaluate("{'checks': [{'rule': 'atMost', 'value': '$.a', 'limit': '$.b'}]}", "{'a': 2}")
                .report().findings().isEmpty());
    }

    @Test
    void mistakesInFiguresJsonAreCaughtWhenItIsRead() {
        assertThrows(IllegalArgumentException.class, () -> FigureRules.parse(json("{'checks': [{'rule': 'average'}]}")));
        assertThrows(IllegalArgumentException.class, () -> FigureRules.parse(json("{'derived': {'a': '#b'}}")));
        assertThrows(IllegalArgumentException.class, () -> FigureRules.parse(json("{'rates': {'rounding': 'banker'}}")));
        assertThrows(IllegalArgumentException.class, () -> FigureRules.parse(json("{'colour': 'red'}")));
    }
}
