package press.render.layout;

import java.util.List;

/** A piece of a chart's text, laid out in runs of one face, and its width at the chart's label size. */
public record ChartText(List<Span> spans, float width) {

    public ChartText {
        spans = List.copyOf(spans);
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }
}
