package press.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What every kind refuses in its data before the schema is consulted, each with the JSON path:
 * characters no document can print (controls, noncharacters, a lone half of a surrogate pair, a
 * byte-order mark), named by code point and name since they cannot be seen; strings that look
 * like dates but are none (2020-02-30); and numbers beyond any figure (±10^15), which the
 * schema validator cannot even compare with a bound. A data URI is text here like any other:
 * only the fields the schema marks as images decode it ({@link ImageFormat}), so a picture put
 * in a text field costs a scan of its characters, never a decoder's memory.
 */
final class TextChecks {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final java.math.BigDecimal LARGEST = java.math.BigDecimal.TEN.pow(15);

    private TextChecks() {
    }

    /**
     * Adds a violation for every value of {@code node} that no kind accepts.
     *
     * @return whether every number is within range, so the schema validator may see the data
     */
    static boolean check(JsonNode node, String path, List<Violation> violations) {
        if (node.isNumber()) {
            if (node.decimalValue().abs().compareTo(LARGEST) > 0) {
                violations.add(Violation.bilingual(path, "数字 " + node.decimalValue().toPlainString() + " 过大，简报不印这样的数：请核对"
                        + " / the number " + node.decimalValue() + " is beyond any figure a bulletin prints (at most 10^15)",
                        "range"));
                return false;
            }
            return true;
        }
        boolean inRange = true;
        if (node.isString()) {
            text(node.asString(), path, violations);
        } else if (node.isObject()) {
            for (var property : node.properties()) {
                String key = property.getKey();
                String child = path + "." + key;
                int bad = unprintable(key);
                if (bad >= 0) {
                    violations.add(new Violation(child, describe(key, bad) + " is not allowed in a field name",
                            "字段名含有不允许的字符 " + describe(key, bad).split(" ")[0], "characters"));
                } else {
                    inRange &= check(property.getValue(), child, violations);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                inRange &= check(node.get(i), path + "[" + i + "]", violations);
            }
        }
        return inRange;
    }

    /** A copy of the data with 0 in place of every number beyond any figure, for a schema validator that cannot compare those. */
    static JsonNode inRange(JsonNode node) {
        if (node.isNumber() && node.decimalValue().abs().compareTo(LARGEST) > 0) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(0);
        }
        if (node.isObject()) {
            var copy = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            node.properties().forEach(property -> copy.set(property.getKey(), inRange(property.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.values().forEach(item -> copy.add(inRange(item)));
            return copy;
        }
        return node;
    }

    private static void text(String text, String path, List<Violation> violations) {
        int bad = unprintable(text);
        if (bad >= 0) {
            String hint = text.codePointAt(bad) == 0x0B ? " (Word's soft line break: start a new paragraph instead)" : "";
            violations.add(new Violation(path, describe(text, bad) + " cannot be printed" + hint
                    + "; remove it from the text", "含有不能印出的字符 " + describe(text, bad).split(" ")[0]
                    + (text.codePointAt(bad) == 0x0B ? "（Word 的软回车：请改为另起一段）" : "") + "，请从文字中删去", "characters"));
            return;
        }
        if (DATE.matcher(text).matches()) {
            try {
                LocalDate.parse(text, STRICT_DATE);
            } catch (DateTimeParseException e) {
                violations.add(new Violation(path, "'" + text + "' is not a date of the calendar (yyyy-MM-dd)",
                        "“" + text + "”不是日历上的日期", "date"));
            }
        }
    }

    /** The index of the first character no document prints, or -1. Tabs and line breaks are text. */
    static int unprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return i;
                }
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c) || refused(c)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static boolean refused(char c) {
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
        boolean nonCharacter = c >= 0xFDD0 && c <= 0xFDEF || c == 0xFFFE || c == 0xFFFF;
        return control || nonCharacter || c == 0xFEFF;
    }

    /** "U+000B LINE TABULATION", and for half a surrogate pair, which has no name, what it is. */
    static String describe(String text, int index) {
        char c = text.charAt(index);
        if (Character.isSurrogate(c)) {
            return String.format("U+%04X (half of a surrogate pair, not a character)", (int) c);
        }
        int codePoint = text.codePointAt(index);
        String name = Character.getName(codePoint);
        return String.format("U+%04X %s", codePoint, name == null ? "(unassigned)" : name);
    }
}
