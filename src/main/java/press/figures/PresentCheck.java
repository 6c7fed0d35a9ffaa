package press.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Fields a document cannot go out without: each path must hold a value with something to read
 * (a 公文's 发文字号, 署名 and 成文日期). The fields a rule misses are named in one finding, with
 * the rule's message and what to fill in.
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
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            List<JsonPath.Match> matches = Check.select(scope, path);
            boolean present = !matches.isEmpty() && matches.stream().allMatch(match -> !match.node().isNull()
                    && !(match.node().isString() && match.node().asString().isBlank()));
            if (!present) {
                missing.add(path);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        // one finding names every field the rule misses: "缺少署名：请填写 signature.office 与 signature.date"
        List<String> fields = missing.stream().map(path -> path.startsWith("$.") ? path.substring(2) : path).toList();
        String chinese = (message != null ? message : "缺少必填项") + "：请填写 " + String.join(" 与 ", fields);
        String english = "missing: fill in " + String.join(" and ", fields);
        return List.of(new Finding(severity, "present", missing, "已填写", "未填写", chinese + " / " + english));
    }
}
