package press.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One named series of a chart: a value for each of its categories, in order. */
public record ChartSeries(String name, List<BigDecimal> values) {

    public ChartSeries {
        name = Checks.text(name, "a chart series' name");
        values = Checks.nonEmptyCopy(values, "a chart series' values");
        values.forEach(value -> Objects.requireNonNull(value, "a chart value"));
    }
}
