package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateFunctionTest {

    private static String rate(long part, long whole) {
        return RateFunction.format(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    @Test
    void printsTheSeedsRatesExactly() {
        assertEquals("99.58%", rate(80225, 80564));
        assertEquals("100%", rate(12759, 12759));
        assertEquals("99.50%", rate(67466, 67805));
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        assertEquals("0.01%", rate(1, 16000));
        assertEquals("33.33%", rate(1, 3));
        assertEquals("66.67%", rate(2, 3));
    }

    @Test
    void aWholePercentageHasNoDecimalsAndNothingOfNothingIsADash() {
        assertEquals("50%", rate(1, 2));
        assertEquals("0%", rate(0, 7));
        assertEquals("—", rate(0, 0));
    }
}
