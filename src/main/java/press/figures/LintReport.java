package press.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The proofreading report of one document's data: its findings, errors first. */
public record LintReport(List<Finding> findings) {

    public static final LintReport EMPTY = new LintReport(List.of());

    public LintReport {
        findings = findings.stream()
                .sorted(java.util.Comparator.comparing(Finding::severity))
                .toList();
    }

    public List<Finding> errors() {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(finding -> finding.severity() == Severity.WARNING).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** As JSON: the counts and every finding. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("errors", errors().size());
        map.put("warnings", warnings().size());
        map.put("findings", findings.stream().map(Finding::toMap).toList());
        return map;
    }
}
