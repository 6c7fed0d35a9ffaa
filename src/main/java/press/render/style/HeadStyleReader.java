package press.render.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a sheet's {@code "head"} and {@code "signature"}: every key may be left out, and then
 * takes the standard's 文件 format (GB/T 9704-2012 §7.2, §7.3.5). Gaps may be lengths or
 * multiples of the body's line ({@code "2lines"}) or of its type size ({@code "0.875em"}).
 */
final class HeadStyleReader {

    private static final Set<String> HEAD_KEYS = Set.of("mark", "number", "rule", "notices", "title", "body", "foot");
    private static final Set<String> SIGNATURE_KEYS = Set.of("blankLines", "rightChars", "sealedBlankLines", "stampWidth",
            "sealedRightChars", "sealDiameter", "sealRaise");
    private static final int RED = 0xE60012;

    private HeadStyleReader() {
    }

    static HeadStyle head(JsonNode head, TextStyle body) {
        known(head, HEAD_KEYS, "head");
        JsonNode mark = head.path("mark");
        JsonNode number = head.path("number");
        JsonNode rule = head.path("rule");
        JsonNode notices = head.path("notices");
        JsonNode foot = head.path("foot");
        return new HeadStyle(
                gap(mark, "top", "35mm", body),
                mark.path("from").asString("textBlock").equals("page"),
                mark.has("leading") ? StyleSheetLoader.length(mark, "leading") : 0,
                anchor(number, "after", "mark"), gap(number, "gap", "2lines", body),
                Align.valueOf(number.path("align").asString("center").toUpperCase(Locale.ROOT)),
                anchor(rule, "after", "number"), gap(rule, "gap", "4mm", body),
                rule.has("length") ? StyleSheetLoader.length(rule, "length") : 0,
                rule.has("color") ? StyleSheetLoader.color(rule, "color") : RED,
                strokes(rule, List.of(StyleSheetLoader.mm(0.7f))),
                anchor(notices, "after", "textBlock"), gap(notices, "gap", "0pt", body),
                gap(head.path("title"), "gap", "2lines", body),
                head.path("body").path("lines").asInt(1),
                foot.has("bottom") ? StyleSheetLoader.length(foot, "bottom") : 0,
                foot.has("length") ? StyleSheetLoader.length(foot, "length") : 0,
                strokes(foot, List.of()));
    }

    static SignatureStyle signature(JsonNode signature) {
        known(signature, SIGNATURE_KEYS, "signature");
        return new SignatureStyle(signature.path("blankLines").asInt(1),
                (float) signature.path("rightChars").asDouble(2), signature.path("sealedBlankLines").asInt(2),
                (float) signature.path("sealedRightChars").asDouble(4),
                signature.has("sealDiameter") ? StyleSheetLoader.length(signature, "sealDiameter") : StyleSheetLoader.mm(42),
                (float) signature.path("sealRaise").asDouble(0.5),
                signature.has("stampWidth") ? StyleSheetLoader.length(signature, "stampWidth") : StyleSheetLoader.mm(30));
    }

    private static void known(JsonNode node, Set<String> keys, String where) {
        if (node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'" + where + "' must be an object");
        }
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in '" + where + "'; known: " + keys);
            }
        }
    }

    private static HeadStyle.Anchor anchor(JsonNode node, String key, String fallback) {
        String name = node.path(key).asString(fallback);
        return switch (name) {
            case "textBlock" -> HeadStyle.Anchor.TEXT_BLOCK;
            case "mark" -> HeadStyle.Anchor.MARK;
            case "number" -> HeadStyle.Anchor.NUMBER;
            case "rule" -> HeadStyle.Anchor.RULE;
            default -> throw new IllegalArgumentException("'" + key + "' must be textBlock, mark, number or rule, was '"
                    + name + "'");
        };
    }

    /** A gap: a length, or a multiple of the body's line pitch ("2lines") or type size ("0.875em"). */
    private static float gap(JsonNode node, String key, String fallback, TextStyle body) {
        JsonNode value = node.get(key);
        String text = value == null ? fallback : value.isNumber() ? value.asString() + "pt" : value.asString();
        text = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.endsWith("lines") || text.endsWith("line")) {
                return Float.parseFloat(text.replaceAll("lines?$", "").strip()) * body.leading();
            }
            if (text.endsWith("em")) {
                return Float.parseFloat(text.substring(0, text.length() - 2).strip()) * body.size();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "' is not a gap: " + text);
        }
        return StyleSheetLoader.length(text, key);
    }

    private static List<Float> strokes(JsonNode node, List<Float> fallback) {
        if (!node.has("strokes")) {
            return fallback;
        }
        List<Float> strokes = new ArrayList<>();
        JsonNode list = node.get("strokes");
        if (!list.isArray()) {
            throw new IllegalArgumentException("'strokes' must be a list of lengths");
        }
        for (int i = 0; i < list.size(); i++) {
            strokes.add(StyleSheetLoader.length(list, i));
        }
        return strokes;
    }
}
