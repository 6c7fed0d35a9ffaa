package press.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A figure figures.json compares across issues: its name (the template's
 * {@code comparison.name}), its label in messages, what it is, the wording where the earlier
 * issue has no base ({@code "noBase": "{base}无办件"}, {base} being 上月 or 去年同期), and the
 * words a clerk's own sentence uses for it ("受理"), by which a typed "环比增长5%" is matched.
 */
record ComparedFigure(String name, String label, Measure measure, String noBase, List<String> words) {

    ComparedFigure {
        words = List.copyOf(words);
    }

    static ComparedFigure parse(String name, JsonNode node) {
        List<String> words = new ArrayList<>();
        node.path("words").values().forEach(word -> words.add(word.asString()));
        String label = node.path("label").asString(name);
        if (words.isEmpty()) {
            words.add(label);
        }
        return new ComparedFigure(name, label, Measure.parse(node), node.path("noBase").asString("{base}无可比数据"), words);
    }

    /** This figure now against the earlier issue, or empty where this issue does not have it. */
    Optional<Change> compare(Base base, Scope now, Scope before, ChangeStyle percent, ChangeStyle points) {
        Optional<Measure.Reading> current = measure.read(now);
        if (current.isEmpty() || current.get().value() == null) {
            return Optional.empty();
        }
        Optional<Measure.Reading> earlier = measure.read(before);
        java.math.BigDecimal base0 = earlier.map(Measure.Reading::value).orElse(null);
        String wording = noBase.replace("{base}", base.period());
        return Optional.of(measure.isRate()
                ? ChangeWording.points(base, base0, current.get().value(), points, wording)
                : ChangeWording.count(base, base0, current.get().value(), percent, wording));
    }

    List<String> paths(Scope now) {
        return measure.read(now).map(Measure.Reading::paths).orElse(List.of());
    }
}
