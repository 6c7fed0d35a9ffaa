package press.failure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Reason#TEMPLATE_ERROR}: where in the files a template author wrote (a template's
 * line and column, a phrase, a style sheet's role and key) and why, in Chinese for the office
 * and in English for the developer. The message carries both, Chinese first.
 */
public final class TemplateFault {

    private TemplateFault() {
    }

    /**
     * @param file    the file, relative to the templates folder ({@code gov-service-monthly/lib.ftlx})
     * @param line    1-based, or 0 where the file has no lines to speak of
     * @param column  1-based, or 0
     * @param extra   further details (phrase, blank, role, key, suggestion, markupLine…), may be empty
     */
    public static Failure at(String file, int line, int column, String reason, String reasonEn, Map<String, Object> extra,
                             Throwable cause) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("file", file);
        if (line > 0) {
            detail.put("line", line);
            detail.put("column", column);
        }
        detail.putAll(extra);
        detail.put("reason", reason);
        detail.put("reasonEn", reasonEn);
        String where = line > 0 ? "第" + line + "行第" + column + "列" : "";
        String whereEn = line > 0 ? " line " + line + ", column " + column : "";
        String message = "模板 " + file + (where.isEmpty() ? "" : " " + where) + "：" + reason
                + " (template " + file + whereEn + ": " + reasonEn + ")";
        return new Failure(Reason.TEMPLATE_ERROR, message, List.of(detail), cause)
                .inChinese("模板 " + file + (where.isEmpty() ? "" : " " + where) + "：" + reason);
    }

    public static Failure at(String file, int line, int column, String reason, String reasonEn) {
        return at(file, line, column, reason, reasonEn, Map.of(), null);
    }
}
