package press.render.ofd;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The value types of GB/T 33190 §5.3 as the rule check and the test reader read them: numbers (xs:double, no
 * infinity or NaN), ST_Array (numbers separated by spaces; in DeltaX and DeltaY also
 * {@code g n v}, n repetitions of v), ST_Box (x y w h, width and height above zero), a colour
 * Value (three components 0–255 in the document's RGB space), xs:date, and abbreviated path
 * data (§9.3.2: S/M and L with a point, Q with two, B with three, A with seven numbers, C alone).
 */
final class OfdValues {

    private OfdValues() {
    }

    /** The numbers of an array of {@code min} to {@code max} values, or null where it is not one. */
    static double[] numbers(String value, int min, int max, boolean repetitions) {
        String[] tokens = value.strip().isEmpty() ? new String[0] : value.strip().split(" +");
        double[] numbers = new double[tokens.length];
        int count = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (repetitions && tokens[i].equals("g")) {
                if (i + 2 >= tokens.length || !tokens[i + 1].matches("[1-9]\\d*") || number(tokens[i + 2]) == null) {
                    return null;
                }
                numbers[count++] = number(tokens[i + 2]);
                i += 2;
                continue;
            }
            Double number = number(tokens[i]);
            if (number == null) {
                return null;
            }
            numbers[count++] = number;
        }
        return count >= min && count <= max ? java.util.Arrays.copyOf(numbers, count) : null;
    }

    private static Double number(String token) {
        if (!token.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        double number = Double.parseDouble(token);
        return Double.isFinite(number) ? number : null;
    }

    static boolean box(String value) {
        double[] box = numbers(value, 4, 4, false);
        return box != null && box[2] > 0 && box[3] > 0;
    }

    static boolean colour(String value) {
        String[] parts = value.strip().split(" +");
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean date(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean pathData(String value) {
        String[] tokens = value.strip().split(" +");
        if (tokens.length == 0 || !(tokens[0].equals("M") || tokens[0].equals("S"))) {
            return false;
        }
        for (int i = 0; i < tokens.length; ) {
            int operands = switch (tokens[i]) {
                case "S", "M", "L" -> 2;
                case "Q" -> 4;
                case "B" -> 6;
                case "A" -> 7;
                case "C" -> 0;
                default -> -1;
            };
            if (operands < 0 || i + operands >= tokens.length) {
                return false;
            }
            for (int k = 1; k <= operands; k++) {
                if (number(tokens[i + k]) == null) {
                    return false;
                }
            }
            i += operands + 1;
        }
        return true;
    }

    /** A DeltaX or DeltaY array, its {@code g n v} repetitions spelled out, {@code count} values long. */
    static double[] deltas(String value, int count) {
        double[] deltas = new double[count];
        if (value == null || value.isEmpty()) {
            return deltas;
        }
        String[] tokens = value.strip().split("\\s+");
        int at = 0;
        for (int t = 0; t < tokens.length && at < count; t++) {
            if (tokens[t].equals("g")) {
                int times = Integer.parseInt(tokens[t + 1]);
                double step = Double.parseDouble(tokens[t + 2]);
                for (int k = 0; k < times && at < count; k++) {
                    deltas[at++] = step;
                }
                t += 2;
            } else {
                deltas[at++] = Double.parseDouble(tokens[t]);
            }
        }
        if (at < count) {
            throw new AssertionError("a delta array of " + at + " values where " + count + " are needed: " + value);
        }
        return deltas;
    }
}
