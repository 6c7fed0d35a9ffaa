package press.render.style;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import press.failure.Suggestion;

/**
 * What is wrong in a style sheet, at its role and key, with the known key nearest a mistyped
 * one: {@code "szie"} in role {@code body} → {@code "size"}.
 */
final class StyleSheetProblem extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient Map<String, Object> at;

    private StyleSheetProblem(String message, String reason, Map<String, Object> at) {
        super(message);
        this.reason = reason;
        this.at = Map.copyOf(at);
    }

    static StyleSheetProblem unknownKey(String role, String key, Collection<String> known) {
        String suggestion = Suggestion.nearest(key, known).orElse(null);
        Map<String, Object> at = new LinkedHashMap<>();
        if (role != null) {
            at.put("role", role);
        }
        at.put("key", key);
        if (suggestion != null) {
            at.put("suggestion", suggestion);
        }
        String where = role == null ? "" : "角色 " + role + " 中";
        String whereEn = role == null ? "" : " in role '" + role + "'";
        return new StyleSheetProblem("unknown key '" + key + "'" + whereEn + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
                where + "的键“" + key + "”不认识" + (suggestion == null ? "" : "，是否应为“" + suggestion + "”？"), at);
    }

    static StyleSheetProblem unknownRole(String role, Collection<String> known) {
        String suggestion = Suggestion.nearest(role, known).orElse(null);
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("role", role);
        if (suggestion != null) {
            at.put("suggestion", suggestion);
        }
        return new StyleSheetProblem("unknown role '" + role + "'" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
                "不认识的角色“" + role + "”" + (suggestion == null ? "" : "，是否应为“" + suggestion + "”？"), at);
    }

    /** A key the sheet must have and has not, with a key it has that looks like a typo of it. */
    static StyleSheetProblem missingKey(String role, String key, Collection<String> present) {
        String typo = Suggestion.nearest(key, present).orElse(null);
        Map<String, Object> at = new LinkedHashMap<>();
        if (role != null) {
            at.put("role", role);
        }
        at.put("key", key);
        if (typo != null) {
            at.put("unknownKey", typo);
            at.put("suggestion", key);
        }
        String where = role == null ? "" : "角色 " + role + " ";
        String whereEn = role == null ? "" : " in role '" + role + "'";
        return new StyleSheetProblem("missing key '" + key + "'" + whereEn + (typo == null ? "" : " ('" + typo + "' is there: a typo of it?)"),
                where + "缺少键“" + key + "”" + (typo == null ? "" : "（写的“" + typo + "”是否应为“" + key + "”？）"), at);
    }

    String reason() {
        return reason;
    }

    Map<String, Object> at() {
        return at;
    }
}
