package press.template;

import com.networknt.schema.Error;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A broken schema rule as a violation a clerk can act on: in Chinese, our wording where the
 * validator's would puzzle an office (keyed by its message key, as its own bundles are), the
 * validator's own Chinese bundle for every key we have not worded, and its English only for a
 * key neither knows; in both languages, what the validator says nothing useful about (a raw
 * regular expression, "valid to one and only one schema" for a cell of the wrong kind) and the
 * typed block a field lies in.
 */
final class ViolationWording {

    private static final ResourceBundle OURS = ResourceBundle.getBundle("press.template.violations_zh", Locale.ROOT);
    private static final ResourceBundle VALIDATOR = ResourceBundle.getBundle("jsv-messages", Locale.SIMPLIFIED_CHINESE);
    private static final Map<String, String> TYPES = Map.of("string", "文字", "integer", "整数", "number", "数字",
            "object", "一组字段", "array", "列表", "boolean", "是或否", "null", "空值");
    /** The patterns the kinds' schemas use, by what they ask of a value. */
    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "date"),
            Map.entry("^[0-9]{4}-(0[1-9]|1[0-2])$", "period"),
            Map.entry("^[0-9]{4}(-(0[1-9]|1[0-2]))?$", "periodOrYear"),
            Map.entry("^[0-9]+(\\.[0-9]+)?%$", "percent"),
            Map.entry("^[0-9]{6}$", "postcode"),
            Map.entry("^[A-Za-z][A-Za-z0-9_-]{0,39}$", "name"),
            Map.entry("^[^\\s]*$", "noSpaces"),
            Map.entry("^data:image/(png|jpeg);base64,[A-Za-z0-9+/\\r\\n]+={0,2}$", "image"),
            Map.entry("^data:image/png;base64,[A-Za-z0-9+/\\r\\n]+={0,2}$", "image"),
            Map.entry("^[^\\n\\r]*[^\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF][^\\n\\r]*$", "oneLine"),
            Map.entry("[^\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]", "notBlank"));
    private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private ViolationWording() {
    }

    /** The violation of {@code error} at {@code path}, in {@code data}; {@code message} is the validator's, less the path. */
    static Violation of(Error error, String path, String message, JsonNode data) {
        JsonNode value = error.getInstanceNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        Block block = block(data, path);
        return switch (keyword) {
            case "pattern" -> pattern(path, value, error.getSchemaNode(), block, message);
            case "oneOf", "anyOf" -> value != null && (value.isBoolean() || value.isNull())
                    ? block.told(path, "应为数字或文字，实为 " + shown(value) + "：请填写数字或文字，或删去这一格",
                            "must be a number or a text, not " + shown(value), keyword)
                    : block.told(path, chinese(error), message, keyword);
            default -> block.told(path, chinese(error), message, keyword);
        };
    }

    private static Violation pattern(String path, JsonNode value, JsonNode pattern, Block block, String message) {
        String text = value != null && value.isString() ? value.asString() : "";
        String regex = pattern != null && pattern.isString() ? pattern.asString() : "";
        if (text.isBlank()) {
            return block.told(path, "不能为空或只有空格：请填写内容", "must not be blank: fill it in", "pattern");
        }
        if ((text.contains("\n") || text.contains("\r")) && regex.contains("\\n\\r")) {
            return block.told(path, "只能是一行：请删去换行", "must be one line: remove the line breaks", "pattern");
        }
        if (regex.equals(DATE)) {
            return block.told(path, "日期应写作 年-月-日，如 2020-06-05", "a date is written yyyy-MM-dd, e.g. 2020-06-05", "pattern");
        }
        if (regex.startsWith("^data:image")) {
            return block.told(path, "应为 PNG 或 JPEG 图片：请重新插入图片",
                    "must be a PNG or JPEG picture given as a data URI (the field's pattern)", "pattern");
        }
        if (regex.contains("%")) {
            return block.told(path, "应为百分数（如 99.8%），无可算时写“—”",
                    "must be a percentage such as 99.8%, or — where there is nothing to rate", "pattern");
        }
        String known = PATTERNS.get(regex);
        // the validator's English names the pattern, which a program may want; a clerk reads what it asks for
        return block.told(path, known != null ? wording("pattern." + known) : "“" + text + "”的写法不符合这一栏的要求：请对照示例改写",
                message, "pattern");
    }

    private static String shown(JsonNode value) {
        return value.isNull() ? "空值（null）" : value.toString();
    }

    /** The typed block a field lies in, named in both languages; empty outside any block. */
    record Block(String chinese, String english) {

        static final Block NONE = new Block("", "");

        Violation told(String path, String chinese, String english, String rule) {
            return new Violation(path, this.english + english, this.chinese + chinese, rule);
        }
    }

    /**
     * The typed block the path lies in ("table 块 $.body[3] 中："), so that a field is named with
     * its block: the nearest object on the path, above the value itself, with a text {@code type}.
     */
    static Block block(JsonNode data, String path) {
        if (data == null) {
            return Block.NONE;
        }
        Block found = Block.NONE;
        JsonNode node = data;
        StringBuilder at = new StringBuilder("$");
        var steps = java.util.regex.Pattern.compile("\\.([^.\\[]+)|\\[([0-9]+)]").matcher(path.startsWith("$") ? path.substring(1) : path);
        while (steps.find() && node != null) {
            if (node.isObject() && node.path("type").isString() && at.length() > 1) {
                String type = node.get("type").asString();
                found = new Block(type + " 块 " + at + " 中：", "in the " + type + " block at " + at + ": ");
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

    static String chinese(Error error) {
        String key = error.getMessageKey() == null ? error.getKeyword() : error.getMessageKey();
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments().clone();
        switch (key == null ? "" : key) {
            case "type" -> {
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = types(String.valueOf(arguments[i]));
                }
            }
            case "enum" -> arguments = new Object[] {String.valueOf(arguments.length > 0 ? arguments[0] : "")
                    .replaceAll("^\\[|]$", "").replaceAll(",\\s*", "、")};
            case "pattern" -> {
                String name = arguments.length > 0 ? PATTERNS.get(String.valueOf(arguments[0])) : null;
                key = name == null ? key : "pattern." + name;
            }
            case "minLength" -> key = arguments.length > 0 && "1".equals(String.valueOf(arguments[0])) ? "minLength.one" : key;
            default -> { }
        }
        String wording = wording(key);
        return wording == null ? error.getMessage() : MessageFormat.format(wording.replace("'", "''"), arguments);
    }

    private static String wording(String key) {
        for (ResourceBundle bundle : new ResourceBundle[] {OURS, VALIDATOR}) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                // the next bundle may word it
            }
        }
        return null;
    }

    /** "[integer, null]" or "string" as 整数或空值, 文字. */
    private static String types(String names) {
        return Arrays.stream(names.replaceAll("^\\[|]$", "").split(",\\s*"))
                .map(name -> TYPES.getOrDefault(name, name)).collect(Collectors.joining("或"));
    }
}
