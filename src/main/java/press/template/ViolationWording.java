package press.template;

import com.networknt.schema.Error;
import tools.jackson.databind.JsonNode;

/**
 * The validator's English made into what a clerk can act on, in Chinese and in English, for the
 * messages that said nothing useful: a raw regular expression, "valid to one and only one
 * schema, but 0 are valid" for a cell of the wrong kind, a field named without the typed block
 * it belongs to. Every other message keeps the validator's words (its Chinese comes from the
 * staff page, or from the validator's own bundle).
 */
final class ViolationWording {

    private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private ViolationWording() {
    }

    /** The violation of {@code error} at {@code path}, in {@code data}; {@code message} is the validator's, less the path. */
    static Violation of(Error error, String path, String message, JsonNode data) {
        JsonNode value = error.getInstanceNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String block = block(data, path);
        return switch (keyword) {
            case "pattern" -> pattern(path, value, error.getSchemaNode(), block);
            case "oneOf", "anyOf" -> value != null && (value.isBoolean() || value.isNull())
                    ? new Violation(path, block + "应为数字或文字，实为 " + shown(value) + "：请填写数字或文字，或删去这一格"
                    + " / must be a number or a text, not " + shown(value), keyword)
                    : new Violation(path, prefix(block, message), keyword);
            default -> new Violation(path, prefix(block, message), keyword);
        };
    }

    private static Violation pattern(String path, JsonNode value, JsonNode pattern, String block) {
        String text = value != null && value.isString() ? value.asString() : "";
        String regex = pattern != null && pattern.isString() ? pattern.asString() : "";
        if (text.isBlank()) {
            return new Violation(path, block + "不能为空或只有空格：请填写内容 / must not be blank: fill it in", "pattern");
        }
        if ((text.contains("\n") || text.contains("\r")) && regex.contains("\\n\\r")) {
            return new Violation(path, block + "只能是一行：请删去换行 / must be one line: remove the line breaks", "pattern");
        }
        if (regex.equals(DATE)) {
            return new Violation(path, block + "日期应写作 年-月-日，如 2020-06-05 / a date is written yyyy-MM-dd, e.g. 2020-06-05",
                    "pattern");
        }
        if (regex.startsWith("^data:image")) {
            return new Violation(path, block + "应为 PNG 或 JPEG 图片（data URI）：请重新插入图片 / must be a PNG or JPEG picture"
                    + " given as a data URI (the field's pattern)", "pattern");
        }
        if (regex.contains("%")) {
            return new Violation(path, block + "应为百分数（如 99.8%），无可算时写“—” / must be a percentage such as 99.8%, or — where"
                    + " there is nothing to rate", "pattern");
        }
        return new Violation(path, block + "“" + text + "”的写法不符合这一栏的要求：请对照示例改写 / '" + text
                + "' does not match the pattern this field requires: compare it with the example", "pattern");
    }

    private static String prefix(String block, String message) {
        return block.isEmpty() ? message : block + message;
    }

    private static String shown(JsonNode value) {
        return value.isNull() ? "空值（null）" : value.toString();
    }

    /**
     * The typed block the path lies in ("table 块 $.body[3] 中："), so that a field is named with
     * its block: the nearest object on the path, above the value itself, with a text {@code type}.
     */
    static String block(JsonNode data, String path) {
        if (data == null) {
            return "";
        }
        String found = "";
        JsonNode node = data;
        StringBuilder at = new StringBuilder("$");
        var steps = java.util.regex.Pattern.compile("\\.([^.\\[]+)|\\[([0-9]+)]").matcher(path.startsWith("$") ? path.substring(1) : path);
        while (steps.find() && node != null) {
            if (node.isObject() && node.path("type").isString() && at.length() > 1) {
                found = node.get("type").asString() + " 块 " + at + " 中（in the " + node.get("type").asString() + " block at " + at + "）：";
            }
            if (steps.group(1) != null) {
                node = node.get(steps.group(1));
                at.append('.').append(steps.group(1));
            } else {
                node = node.get(Integer.parseInt(steps.group(2)));
                at.append('[').append(steps.group(2)).append(']');
            }
        }
        return found;
    }
}
