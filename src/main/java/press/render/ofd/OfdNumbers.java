package press.render.ofd;

/**
 * Numbers as an OFD file writes them: lengths in millimetres from the page model's points, to
 * the micrometre, with no exponent, no trailing zeros and no negative zero, so the same
 * document always writes the same characters.
 */
final class OfdNumbers {

    /** Millimetres in a point. */
    static final double MM_PER_POINT = 25.4 / 72;

    private OfdNumbers() {
    }

    static double mm(double points) {
        return points * MM_PER_POINT;
    }

    /** Appends {@code value} rounded to three decimals. */
    static StringBuilder append(StringBuilder out, double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            out.append('-');
            thousandths = -thousandths;
        }
        out.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            out.append('.');
            if (fraction < 100) {
                out.append('0');
            }
            if (fraction < 10) {
                out.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            out.append(fraction);
        }
        return out;
    }

    /** A factor of a transformation, to six decimals. */
    static String fine(double value) {
        long millionths = Math.round(value * 1_000_000);
        if (millionths == 0) {
            return "0";
        }
        String digits = java.math.BigDecimal.valueOf(millionths, 6).stripTrailingZeros().toPlainString();
        return digits;
    }

    static String format(double value) {
        return append(new StringBuilder(12), value).toString();
    }

    /** Space-separated values (an ST_Array, ST_Box or ST_Pos). */
    static String list(double... values) {
        StringBuilder out = new StringBuilder(values.length * 8);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            append(out, values[i]);
        }
        return out.toString();
    }
}
