package press.pipeline;

import java.util.List;
import java.util.Map;
import press.failure.Failure;
import press.figures.Finding;
import press.figures.Severity;

/** What the render would refuse, said as the proofreading says its findings. */
final class LintFindings {

    private LintFindings() {
    }

    /** The findings a refusal carries as its details (each a finding's map), back as findings. */
    @SuppressWarnings("unchecked")
    static List<Finding> of(Failure refused) {
        return refused.details().stream().filter(detail -> detail.containsKey("severity"))
                .map(detail -> new Finding(Severity.valueOf(String.valueOf(detail.get("severity")).toUpperCase(java.util.Locale.ROOT)),
                        String.valueOf(detail.get("rule")), (List<String>) detail.get("paths"), String.valueOf(detail.get("expected")),
                        String.valueOf(detail.get("found")), String.valueOf(detail.get("message"))))
                .toList();
    }

    /** The findings and the template's refusals, less those that refuse again a rate a finding names already. */
    static List<Finding> merged(List<Finding> findings, List<Finding> refusals) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        for (Finding refusal : refusals) {
            if (findings.stream().noneMatch(f -> f.rule().equals(refusal.rule()) && f.found().equals(refusal.found()))) {
                all.add(refusal);
            }
        }
        return all;
    }

    /** A character no bundled font draws, at the JSON paths that hold it. */
    @SuppressWarnings("unchecked")
    static Finding uncovered(Failure traced) {
        Map<String, Object> detail = traced.details().get(0);
        String character = (String) detail.get("character");
        List<String> paths = (List<String>) detail.getOrDefault("paths", List.of());
        return new Finding(Severity.ERROR, "fontCoverage", paths, "字库中有的字", character + "（" + detail.get("codePoint") + "）",
                "字库中没有“" + character + "”（" + detail.get("codePoint") + "），无法排版：请改用常用汉字或删去"
                        + (paths.isEmpty() ? "（见模板 " + detail.get("where") + "）" : ""));
    }

    /**
     * A template, phrase or style sheet that fails on these data: the author's file and line
     * (or phrase, role and key) and the reason, under the rule {@code template}.
     */
    static Finding template(Failure fault) {
        Map<String, Object> detail = fault.details().isEmpty() ? Map.of() : fault.details().get(0);
        String file = String.valueOf(detail.getOrDefault("file", "?"));
        String where = file + (detail.containsKey("line") ? ":" + detail.get("line") + ":" + detail.get("column") : "")
                + (detail.containsKey("phrase") ? " 措辞 " + detail.get("phrase") : "")
                + (detail.containsKey("role") ? " 角色 " + detail.get("role") : "");
        String reason = String.valueOf(detail.getOrDefault("reason", fault.getMessage()));
        return new Finding(Severity.ERROR, "template", List.of(), "模板能在这些数据上运行", where,
                "模板出错，无法排版（" + where + "）：" + reason);
    }
}
