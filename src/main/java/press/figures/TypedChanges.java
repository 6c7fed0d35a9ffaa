package press.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A comparison a clerk typed in a text ("受理量环比增长5%") held against the figures: the
 * figure is the compared one its sentence names nearest before the comparison (by the
 * figure's words), or, where none is named, any compared figure of that kind; the word must
 * go the figure's way and the number must be its change, rounded half up or cut, at the
 * decimals typed. Only checked where the earlier issue is at hand.
 */
final class TypedChanges {

    private static final Pattern TYPED = Pattern.compile(
            "(环比|同比)(?:分别)?(增长|增加|上升|下降|减少|提高|降低|持平)了?\\s*(?:([0-9]+(?:\\.[0-9]+)?)\\s*(%|％|个百分点))?");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？!?\\n]");

    private TypedChanges() {
    }

    static List<Finding> check(JsonNode root, Map<ComparedFigure, Map<Base, Change>> changes) {
        List<Finding> findings = new ArrayList<>();
        if (changes.isEmpty()) {
            return findings;
        }
        walk(root, "$", changes, findings);
        return findings;
    }

    private static void walk(JsonNode node, String path, Map<ComparedFigure, Map<Base, Change>> changes, List<Finding> findings) {
        if (node.isString()) {
            text(node.asString(), path, changes, findings);
        } else if (node.isObject()) {
            node.properties().forEach(property -> walk(property.getValue(), path + "." + property.getKey(), changes, findings));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", changes, findings);
            }
        }
    }

    private static void text(String text, String path, Map<ComparedFigure, Map<Base, Change>> changes, List<Finding> findings) {
        Matcher typed = TYPED.matcher(text);
        while (typed.find()) {
            Base base = typed.group(1).equals("环比") ? Base.PREVIOUS : Base.YEAR_AGO;
            String unit = typed.group(4);
            List<Change> candidates = candidates(text.substring(sentenceStart(text, typed.start()), typed.start()), base, unit,
                    changes);
            if (candidates.isEmpty() || candidates.stream().anyMatch(change -> agrees(change, typed.group(2), typed.group(3)))) {
                continue;
            }
            List<String> expected = candidates.stream().map(Change::text).distinct().toList();
            findings.add(new Finding(Severity.WARNING, "typedChange", List.of(path), String.join(" 或 ", expected), typed.group(),
                    "文中“" + typed.group() + "”与数据不符：按" + base.period() + "的数据应为" + String.join("或", expected)
                            + "，请核对"));
        }
    }

    private static int sentenceStart(String text, int at) {
        Matcher end = SENTENCE_END.matcher(text.substring(0, at));
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        return start;
    }

    /** The compared figures the sentence names nearest before the comparison, or every one of the kind typed. */
    private static List<Change> candidates(String before, Base base, String unit, Map<ComparedFigure, Map<Base, Change>> changes) {
        List<Change> named = new ArrayList<>();
        List<Change> all = new ArrayList<>();
        int nearest = -1;
        for (Map.Entry<ComparedFigure, Map<Base, Change>> entry : changes.entrySet()) {
            Change change = entry.getValue().get(base);
            boolean rate = entry.getKey().measure().isRate();
            if (change == null || unit != null && rate != unit.equals("个百分点")) {
                continue;
            }
            all.add(change);
            int at = entry.getKey().words().stream().mapToInt(before::lastIndexOf).max().orElse(-1);
            if (at > nearest) {
                nearest = at;
                named.clear();
            }
            if (at >= 0 && at == nearest) {
                named.add(change);
            }
        }
        return named.isEmpty() ? all : named;
    }

    private static boolean agrees(Change change, String word, String number) {
        Change.Direction said = switch (word) {
            case "增长", "增加", "上升", "提高" -> Change.Direction.UP;
            case "下降", "减少", "降低" -> Change.Direction.DOWN;
            default -> Change.Direction.SAME;
        };
        if (change.direction() != said) {
            return false;
        }
        if (number == null || said == Change.Direction.SAME) {
            return true;
        }
        BigDecimal typed = new BigDecimal(number);
        BigDecimal exact = change.exact().abs();
        int places = Math.max(0, typed.scale());
        return typed.compareTo(exact.setScale(places, RoundingMode.HALF_UP)) == 0
                || typed.compareTo(exact.setScale(places, RoundingMode.DOWN)) == 0;
    }
}
