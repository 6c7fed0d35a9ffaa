package press.markup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import press.model.Chart;
import press.model.ChartKind;
import press.model.ChartSeries;

/**
 * Reads {@code <chart kind="column|bar|line|pie" stacked="…" labels="…" title="…"
 * category-axis="…" value-axis="…" unit="…">}: its {@code <category>} names, then its
 * {@code <series name="…">} each with one {@code <value>} per category, a number as JSON writes it.
 */
final class ChartParser {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private final MarkupParser parser;

    ChartParser(MarkupParser parser) {
        this.parser = parser;
    }

    Chart chart() throws XMLStreamException {
        Map<String, String> a = parser.attributes(Set.of("kind", "stacked", "labels", "title", "category-axis",
                "value-axis", "unit"));
        ChartKind kind = parser.enumAttribute(a, "kind", ChartKind.class, ChartKind.COLUMN);
        List<String> categories = new ArrayList<>();
        List<ChartSeries> series = new ArrayList<>();
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = parser.xml().getLocalName();
            switch (name) {
                case "category" -> {
                    if (!series.isEmpty()) {
                        throw parser.error("<category> must come before the first <series>");
                    }
                    parser.attributes(Set.of());
                    categories.add(parser.plainText("category"));
                }
                case "series" -> series.add(series());
                default -> throw parser.error("unknown element <" + name + "> in <chart>");
            }
        }
        return parser.build(() -> new Chart(kind, parser.booleanAttribute(a, "stacked"), a.get("title"),
                a.get("category-axis"), a.get("value-axis"), a.get("unit"), parser.booleanAttribute(a, "labels"),
                categories, series));
    }

    private ChartSeries series() throws XMLStreamException {
        String name = parser.required(parser.attributes(Set.of("name")), "name");
        List<BigDecimal> values = new ArrayList<>();
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            parser.expectName("value", "series");
            parser.attributes(Set.of());
            String value = parser.plainText("value").strip();
            if (!NUMBER.matcher(value).matches()) {
                throw parser.error("a chart value must be a number, was '" + value + "'");
            }
            values.add(new BigDecimal(value));
        }
        return parser.build(() -> new ChartSeries(name, values));
    }
}
