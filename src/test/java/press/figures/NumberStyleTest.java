package press.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers as a table or a sentence prints them: never in exponent form, never a float's toString. */
class NumberStyleTest {

    private static String format(NumberStyle style, String number) {
        return style.format(new BigDecimal(number));
    }

    @Test
    void plainNumbersPrintAsTheyWereWrittenButNeverInExponentForm() {
        assertEquals("23112", format(NumberStyle.PLAIN, "23112"));
        assertEquals("0.5", format(NumberStyle.PLAIN, "0.5"));
        assertEquals("0.0000001", format(NumberStyle.PLAIN, "1E-7"));
        assertEquals("1000", format(NumberStyle.PLAIN, "1E+3"));
        assertEquals("0.3", format(NumberStyle.PLAIN, "0.30000000000000004"), "a float's noise is cut");
        assertEquals("1000000000000000", format(NumberStyle.PLAIN, "1000000000000000"));
        assertEquals("999999999999999", format(NumberStyle.PLAIN, "999999999999999"));
        assertEquals("12.50", format(NumberStyle.PLAIN, "12.50"), "typed decimals are kept");
    }

    @Test
    void aWholeNumberWrittenWithAPointPrintsAsAWholeNumber() {
        assertEquals("1912", format(NumberStyle.PLAIN, "1912.0"), "a spreadsheet's or a script's float");
        assertEquals("1912", format(NumberStyle.PLAIN, "1912.000"));
        assertEquals("0", format(NumberStyle.PLAIN, "0.0"));
        assertEquals("0", format(NumberStyle.PLAIN, "-0.0"), "never a negative zero");
        assertEquals("-3", format(NumberStyle.PLAIN, "-3.00"));
        assertEquals("1,912", format(new NumberStyle(-1, true), "1912.0"));
        assertEquals("1912.50", format(NumberStyle.PLAIN, "1912.50"), "a fraction keeps its written digits");
    }

    @Test
    void fixedDecimalsRoundHalfUp() {
        NumberStyle two = new NumberStyle(2, false);
        assertEquals("0.30", format(two, "0.30000000000000004"));
        assertEquals("0.00", format(two, "1E-7"));
        assertEquals("2.50", format(two, "2.5"));
        assertEquals("0.13", format(two, "0.125"));
        assertEquals("-0.13", format(two, "-0.125"));
        assertEquals("3", format(new NumberStyle(0, false), "2.5"));
    }

    @Test
    void thousandsSeparatorsGroupTheWholePartOnly() {
        NumberStyle grouped = new NumberStyle(-1, true);
        assertEquals("1,234,567", format(grouped, "1234567"));
        assertEquals("-1,234.5678", format(grouped, "-1234.5678"));
        assertEquals("999", format(grouped, "999"));
        assertEquals("1,000", format(grouped, "1000"));
        assertEquals("12,345.60", format(new NumberStyle(2, true), "12345.6"));
    }
}
