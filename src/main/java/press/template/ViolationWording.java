package press.template;

import com.networknt.schema.Error;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A broken schema rule in a clerk's Chinese: our wording where the validator's would puzzle an
 * office (keyed by its message key, as its own bundles are), the validator's own Chinese
 * bundle for every key we have not worded, and its English only for a key neither knows.
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

    private ViolationWording() {
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
