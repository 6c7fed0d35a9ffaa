package press.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.Finding;
import press.figures.Severity;
import tools.jackson.databind.JsonNode;

/**
 * The rates above 100 % a template asked to print where its kind does not allow them, collected
 * through one render so that all are refused at once, each traced to the data that hold its
 * figures (the fields, or the derived counts, of that value).
 */
final class RateRefusals {

    /** One refused rate: its figures (part and whole, or the typed percent alone) and how it would print. */
    private record Refused(List<BigDecimal> figures, String arithmetic, String shown) {
    }

    private final List<Refused> refused = new ArrayList<>();

    void part(BigDecimal part, BigDecimal whole, String shown) {
        refused.add(new Refused(List.of(part, whole), part.toPlainString() + " / " + whole.toPlainString(), shown));
    }

    void typed(BigDecimal percent, String shown) {
        refused.add(new Refused(List.of(percent), "percent(" + percent.toPlainString() + ")", shown));
    }

    boolean isEmpty() {
        return refused.isEmpty();
    }

    /** The refusal, every rate named with the arithmetic and the JSON paths that hold its figures. */
    Failure failure(JsonNode data, Map<String, BigDecimal> derived) {
        List<Finding> findings = new ArrayList<>();
        for (Refused rate : refused) {
            List<String> paths = new ArrayList<>();
            for (BigDecimal figure : rate.figures()) {
                numbers(data, "$", figure, paths);
                derived.forEach((name, value) -> {
                    if (value.compareTo(figure) == 0) {
                        paths.add("#" + name);
                    }
                });
            }
            List<String> distinct = paths.stream().distinct().limit(8).toList();
            findings.add(new Finding(Severity.ERROR, "rateAbove100", distinct, "≤ 100%", rate.shown(),
                    "比率超过100%：" + rate.arithmetic() + " = " + rate.shown() + (distinct.isEmpty() ? "" : "（见 "
                            + String.join("、", distinct) + "）") + "。请核对数据；确属结转等情形时，由 figures.json 的"
                            + " rates.above100 写明措辞 / a rate above 100 % is refused: check the figures, or let the"
                            + " kind allow it with its wording (figures.json rates.above100)"));
        }
        List<Finding> unique = findings.stream().distinct().toList();
        return new Failure(Reason.INVALID_FIGURES, "the proofreading refuses the data: rates above 100 % ("
                + unique.size() + "):\n  " + String.join("\n  ", unique.stream().map(Finding::toString).toList()),
                unique.stream().map(Finding::toMap).map(LinkedHashMap::new).<Map<String, Object>>map(m -> m).toList());
    }

    private static void numbers(JsonNode node, String path, BigDecimal figure, List<String> paths) {
        if (node.isNumber() && node.decimalValue().compareTo(figure) == 0) {
            paths.add(path);
        } else if (node.isObject()) {
            node.properties().forEach(p -> numbers(p.getValue(), path + "." + p.getKey(), figure, paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbers(node.get(i), path + "[" + i + "]", figure, paths);
            }
        }
    }
}
