package press.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Fields a document cannot go out without: each path must hold a value with something to read
 * (a 公文's 发文字号, 署名 and 成文日期).
 */
record PresentCheck(List<String> paths, Severity severity, String message) implements Check {

    PresentCheck {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("rule present needs at least one path");
        }
    }

    @Override
    public List<Finding> run(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        for (String path : paths) {
            List<JsonPath.Match> matches = Check.select(scope, path);
            boolean present = !matches.isEmpty() && matches.stream().allMatch(match -> !match.node().isNull()
                    && !(match.node().isString() && match.node().asString().isBlank()));
            if (!present) {
                // the finding's words reach the clerk: Chinese, as the rest of the line is
                findings.add(new Finding(severity, "present", List.of(path), "已填写", "未填写",
                        message != null ? message + "（请填写 " + path + "）" : "缺少必填项：请填写 " + path));
            }
        }
        return findings;
    }
}
