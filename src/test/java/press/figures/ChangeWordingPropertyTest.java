package press.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random consecutive months, seeded so a failure repeats: every word and figure of every
 * comparison agrees with the arithmetic done here independently, and no "0.0%" or "持平" is
 * ever printed where the figures differ.
 */
class ChangeWordingPropertyTest {

    private static final long SEED = 20260601L;
    private static final int MONTHS = 5000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CLAUSE = Pattern.compile("环比(增长|下降|提高|降低|略有增长|略有下降|略有提高|略有降低|持平)"
            + "(?:([0-9]+(?:\\.[0-9]+)?)(%|个百分点))?|上月无办件");
    private static final FigureRules RULES = FigureRules.parse(json("{'derived': {'accepted': {'sum': ['$.own', '$.lower']}},"
            + " 'comparisons': {'percent': {'decimals': 1}, 'points': {'decimals': 2}, 'figures': {"
            + " 'accepted': {'count': '#accepted', 'noBase': '{base}无办件'},"
            + " 'rate': {'rate': {'part': '$.completed', 'whole': '#accepted'}, 'noBase': '{base}无办件'}}}}"));

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    /** Counts as offices have them: often equal or nearly, sometimes nothing, sometimes huge. */
    private static long count(Random random, long near) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> near;
            case 2 -> Math.max(0, near + random.nextInt(3) - 1);
            case 3 -> random.nextInt(10);
            case 4 -> 1_000_000_000L - random.nextInt(1000);
            default -> random.nextInt(200_000);
        };
    }

    private static JsonNode month(long own, long lower, long completed) {
        return json("{'own': " + own + ", 'lower': " + lower + ", 'completed': " + completed + "}");
    }

    @Test
    void everyComparisonOfRandomConsecutiveMonthsAgreesWithTheArithmetic() {
        Random random = new Random(SEED);
        for (int i = 0; i < MONTHS; i++) {
            long ownBefore = count(random, 0);
            long lowerBefore = count(random, 0);
            long own = count(random, ownBefore);
            long lower = count(random, lowerBefore);
            long completedBefore = Math.max(0, ownBefore + lowerBefore - count(random, 0) % 5);
            long completed = Math.max(0, own + lower - count(random, 0) % 5);
            JsonNode may = month(ownBefore, lowerBefore, completedBefore);
            JsonNode june = month(own, lower, completed);
            Map<String, Object> comparison = RULES.evaluate(june, null, new History(may, null)).comparison();
            String where = "May " + may + ", June " + june + ": " + comparison;
            checkCount(ownBefore + lowerBefore, own + lower, clause(comparison, "accepted"), where);
            checkRate(completedBefore, ownBefore + lowerBefore, completed, own + lower, clause(comparison, "rate"), where);
        }
    }

    private static String clause(Map<String, Object> comparison, String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) comparison.get(name);
        return entry == null ? null : (String) entry.get("clause");
    }

    private static void checkCount(long before, long now, String clause, String where) {
        Matcher m = matched(clause, where);
        if (before == 0 && now != 0) {
            assertEquals("上月无办件", clause, where);
            return;
        }
        if (before == now) {
            assertEquals("环比持平", clause, where);
            return;
        }
        BigDecimal exact = BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), MathContext.DECIMAL128);
        assertEquals(now > before ? "增长" : "下降", m.group(1).replace("略有", ""), where);
        checkFigure(exact.abs(), m, 1, now == 0 || now > before ? null : BigDecimal.valueOf(100), where);
    }

    private static void checkRate(long partBefore, long wholeBefore, long part, long whole, String clause, String where) {
        if (whole == 0) {
            assertEquals(null, clause, "no rate this month, so no clause: " + where);
            return;
        }
        Matcher m = matched(clause, where);
        if (wholeBefore == 0) {
            assertEquals("上月无办件", clause, where);
            return;
        }
        BigDecimal before = BigDecimal.valueOf(partBefore).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(wholeBefore), MathContext.DECIMAL128);
        BigDecimal now = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
        // equal fractions: cross-multiplied, with no rounding at all
        if (BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(wholeBefore))
                .compareTo(BigDecimal.valueOf(partBefore).multiply(BigDecimal.valueOf(whole))) == 0) {
            assertEquals("环比持平", clause, where);
            return;
        }
        assertEquals(now.compareTo(before) > 0 ? "提高" : "降低", m.group(1).replace("略有", ""), where);
        checkFigure(now.subtract(before).abs(), m, 2, null, where);
    }

    private static Matcher matched(String clause, String where) {
        if (clause == null) {
            fail("no clause: " + where);
        }
        Matcher m = CLAUSE.matcher(clause);
        assertTrue(m.matches(), clause + " — " + where);
        return m;
    }

    /** The printed figure is the change half up at its decimals, never 0, never a false ceiling; or 略有 where none would do. */
    private static void checkFigure(BigDecimal exact, Matcher m, int decimals, BigDecimal ceiling, String where) {
        assertFalse(m.group(1).equals("持平"), "持平 for figures that differ: " + where);
        if (m.group(2) == null) {
            assertTrue(m.group(1).startsWith("略有"), where);
            assertEquals(0, exact.setScale(ChangeStyle.MAX_DECIMALS, RoundingMode.HALF_UP).signum(), "略有 for a change a figure shows: " + where);
            return;
        }
        BigDecimal figure = new BigDecimal(m.group(2));
        assertTrue(figure.signum() > 0, "a zero change printed for figures that differ: " + where);
        assertTrue(figure.scale() >= decimals && figure.scale() <= ChangeStyle.MAX_DECIMALS, where);
        boolean cut = ceiling != null && figure.scale() == ChangeStyle.MAX_DECIMALS
                && exact.setScale(figure.scale(), RoundingMode.HALF_UP).compareTo(ceiling) >= 0;
        assertEquals(0, figure.compareTo(exact.setScale(figure.scale(), cut ? RoundingMode.DOWN : RoundingMode.HALF_UP)), where);
        if (figure.scale() > decimals) {
            BigDecimal fewer = exact.setScale(figure.scale() - 1, RoundingMode.HALF_UP);
            assertTrue(fewer.signum() == 0 || ceiling != null && fewer.compareTo(ceiling) >= 0,
                    "more decimals than needed: " + where);
        }
        if (ceiling != null) {
            assertTrue(figure.compareTo(ceiling) < 0, "a fall of 100 % for a count that is not nothing: " + where);
        }
    }

    @Test
    void aChangeTooSmallForFourDecimalsIsSlightNeverNoughtAndANearlyTotalFallNeverAHundred() {
        Change change = ChangeWording.count(Base.PREVIOUS, BigDecimal.valueOf(1_000_000_000L), BigDecimal.valueOf(1_000_000_001L),
                ChangeStyle.PERCENT, "上月无办件");
        assertEquals("环比略有增长", change.text());
        Change small = ChangeWording.count(Base.PREVIOUS, BigDecimal.valueOf(100_000), BigDecimal.valueOf(100_001),
                ChangeStyle.PERCENT, "上月无办件");
        assertEquals("环比增长0.001%", small.text());
        Change almostGone = ChangeWording.count(Base.YEAR_AGO, BigDecimal.valueOf(100_000), BigDecimal.ONE,
                ChangeStyle.PERCENT, "去年同期无办件");
        assertEquals("同比下降99.999%", almostGone.text());
        Change nearlyAll = ChangeWording.count(Base.PREVIOUS, BigDecimal.valueOf(999_999_641L), BigDecimal.valueOf(5),
                ChangeStyle.PERCENT, "上月无办件");
        assertEquals("环比下降99.9999%", nearlyAll.text());
    }
}
