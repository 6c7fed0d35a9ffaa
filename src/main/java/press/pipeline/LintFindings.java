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
}
