package press.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure worked out from the data: its value, how it reads as a term of arithmetic
 * ("$.hotline.calls 1912", "转办件数 106"), the arithmetic that made it ("a − b"), the steps of
 * derived figures it rests on ("转办件数 = … = 106"), and every JSON path it rests on.
 */
record Value(BigDecimal number, String term, String arithmetic, List<String> steps, List<String> paths) {

    Value {
        steps = List.copyOf(steps);
        paths = List.copyOf(paths);
    }

    static Value field(BigDecimal number, String term, List<String> paths) {
        return new Value(number, term, term, List.of(), paths);
    }

    String shown() {
        return show(number);
    }

    static String show(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
