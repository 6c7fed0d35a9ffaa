package press.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import press.testing.Fixtures;
import tools.jackson.databind.node.ObjectNode;

/**
 * A month's data copied from the last with only the period moved: the proofreading finds what
 * was carried over — news dated last month, "（5月）" in the appendix titles, dates written in the
 * news, a print date before the month is out — each at its JSON path, and nothing in the month
 * as published.
 */
class CarriedOverContentTest {

    private static List<Finding> periodFindings(ObjectNode data) {
        return Fixtures.press().lint(Fixtures.KIND, null, data).findings().stream()
                .filter(finding -> finding.rule().equals("period")).toList();
    }

    private static Set<String> paths(List<Finding> findings) {
        return findings.stream().flatMap(finding -> finding.paths().stream()).collect(Collectors.toSet());
    }

    @Test
    void theReferenceMonthAsPublishedCarriesNothingOver() {
        assertEquals(List.of(), periodFindings(Fixtures.data(Fixtures.REFERENCE)));
    }

    @Test
    void aJuneCopyOfMaysIssueIsFoundWhereverItStillSaysMay() {
        ObjectNode june = Fixtures.data(Fixtures.REFERENCE);
        june.put("period", "2020-06");
        Set<String> paths = paths(periodFindings(june));
        assertTrue(paths.containsAll(Set.of("$.news.own[0].date", "$.news.own[1].date", "$.news.leaderVisits[0].date",
                "$.news.lower[1].until", "$.appendices.platform.title", "$.appendices.evaluation.title",
                "$.appendices.evaluation.listedAs", "$.appendices.attendance.title", "$.closing.printDate",
                "$.signature.date")), paths.toString());
        assertTrue(paths.stream().noneMatch(path -> path.startsWith("$.caseHandling") || path.startsWith("$.hotline")),
                "figures are not dates: " + paths);
    }

    @Test
    void aDateWrittenInTheNewsAndAYearInATitleAreReadToo() {
        ObjectNode june = Fixtures.data(Fixtures.REFERENCE);
        june.put("period", "2020-06");
        ((ObjectNode) june.at("/news/own/0")).put("date", "2020-06-03").put("text", "6月3日召开会议，部署5月28日检查发现的问题整改。");
        ((ObjectNode) june.at("/appendices/platform")).put("title", "2019年6月平台办件统计表").put("listedAs", "1—6月累计");
        List<Finding> findings = periodFindings(june);
        List<String> found = findings.stream().filter(finding -> finding.paths().contains("$.news.own[0].text"))
                .map(Finding::found).toList();
        assertEquals(List.of("5月28日"), found, "the June date passes, the May one is found");
        assertTrue(findings.stream().anyMatch(finding -> finding.paths().contains("$.appendices.platform.title")
                && finding.found().equals("2019年6月")), "the wrong year");
        assertTrue(findings.stream().noneMatch(finding -> finding.paths().contains("$.appendices.platform.listedAs")),
                "a range ending in the month is the month's");
    }

    @Test
    void theyAreWarningsForTheClerkToConfirm() {
        ObjectNode june = Fixtures.data(Fixtures.REFERENCE);
        june.put("period", "2020-06");
        assertTrue(periodFindings(june).stream().allMatch(finding -> finding.severity() == Severity.WARNING));
    }
}
