package press.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Rates as bulletins print them, at the boundaries where a careless rule prints a false figure. */
class PercentTest {

    private static final Percent HALF_UP = Percent.DEFAULT;
    private static final Percent TRUNCATE = new Percent(Rounding.TRUNCATE, 2);

    private static String rate(Percent percent, long part, long whole) {
        return percent.format(BigInteger.valueOf(part), BigInteger.valueOf(whole));
    }

    @Test
    void theReferencesRatesPrintAsPublished() {
        assertEquals("99.58%", rate(HALF_UP, 80225, 80564));
        assertEquals("100%", rate(HALF_UP, 12759, 12759));
        assertEquals("99.50%", rate(HALF_UP, 67466, 67805));
        assertEquals("0.54%", rate(TRUNCATE, 149, 27324), "附件2 truncates");
        assertEquals("0.55%", rate(HALF_UP, 149, 27324));
    }

    @Test
    void aRateIsOneHundredPercentOnlyWhenThePartIsTheWhole() {
        for (long whole = 1; whole <= 1_000_000_000L; whole *= 10) {
            assertEquals("100%", rate(HALF_UP, whole, whole));
            if (whole > 1) {
                assertNotEquals("100%", rate(HALF_UP, whole - 1, whole), (whole - 1) + "/" + whole);
                assertNotEquals("100%", rate(TRUNCATE, whole - 1, whole), (whole - 1) + "/" + whole);
            }
        }
        assertEquals("99.99%", rate(HALF_UP, 1_234_566, 1_234_567), "one open case of 1,234,567");
        assertEquals("100.01%", rate(HALF_UP, 1_000_000_001, 1_000_000_000), "just above the whole is not the whole");
    }

    @Test
    void aRateIsZeroOnlyWhenThePartIsNothing() {
        assertEquals("0%", rate(HALF_UP, 0, 7));
        assertEquals("0.01%", rate(HALF_UP, 1, 1_000_000_000));
        assertEquals("0.01%", rate(TRUNCATE, 1, 16_000));
        assertEquals("0.1%", rate(new Percent(Rounding.HALF_UP, 1), 1, 1_000_000_000), "at one decimal, the smallest step");
    }

    @Test
    void roundingHalfUpAndTruncatingDifferOnlyWhereTheyShould() {
        assertEquals("33.33%", rate(HALF_UP, 1, 3));
        assertEquals("66.67%", rate(HALF_UP, 2, 3));
        assertEquals("66.66%", rate(TRUNCATE, 2, 3));
        assertEquals("50%", rate(HALF_UP, 1, 2), "a whole percentage drops its decimals");
        assertEquals("12.50%", rate(HALF_UP, 1, 8), "otherwise every decimal is printed");
        assertEquals("66.7%", rate(new Percent(Rounding.HALF_UP, 1), 2, 3));
        assertEquals("67%", rate(new Percent(Rounding.HALF_UP, 0), 2, 3));
    }

    @Test
    void nothingOfNothingAndNegativeFiguresHaveNoRate() {
        var none = assertThrows(IllegalArgumentException.class, () -> rate(HALF_UP, 0, 0));
        assertTrue(none.getMessage().contains("word it"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rate(HALF_UP, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> rate(HALF_UP, 1, -10));
    }

    @Test
    void hugeCountsStayExact() {
        BigInteger whole = new BigInteger("1000000000000000000000");
        assertEquals("99.99%", HALF_UP.format(whole.subtract(BigInteger.ONE), whole));
        assertEquals("50%", HALF_UP.format(whole, whole.shiftLeft(1)));
    }

    @Test
    void aTypedRateIsPrintedWithTheKindsDecimalsAndNeverAFalseHundred() {
        assertEquals("99.99%", HALF_UP.formatTyped(new BigDecimal("99.99999999")));
        assertEquals("100%", HALF_UP.formatTyped(new BigDecimal("100")));
        assertEquals("100%", HALF_UP.formatTyped(new BigDecimal("100.000")));
        assertEquals("0.01%", HALF_UP.formatTyped(new BigDecimal("0.0000001")));
        assertEquals("0%", HALF_UP.formatTyped(BigDecimal.ZERO));
        assertEquals("98.50%", HALF_UP.formatTyped(new BigDecimal("98.5")));
        assertThrows(IllegalArgumentException.class, () -> HALF_UP.formatTyped(new BigDecimal("-1")));
    }
}
