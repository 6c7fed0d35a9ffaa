package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModelException;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.figures.Percent;
import press.figures.RateStyle;

/** A rate above 100 % prints only where the kind allows it, with its words; a rate of nothing prints the kind's dash. */
class RateAboveHundredTest {

    @Test
    void aKindThatAllowsItPrintsItsWordsAfterTheRate() throws TemplateModelException {
        RateRefusals refusals = new RateRefusals();
        RateFunction rate = new RateFunction(Percent.DEFAULT, new RateStyle("（含上月结转件）", "—"), refusals);
        assertEquals("130%（含上月结转件）", rate.exec(List.of(new SimpleNumber(130), new SimpleNumber(100))));
        assertTrue(refusals.isEmpty());
    }

    @Test
    void aKindThatDoesNotCollectsEveryRateAboveAHundredForOneRefusal() throws TemplateModelException {
        RateRefusals refusals = new RateRefusals();
        RateFunction rate = new RateFunction(Percent.DEFAULT, RateStyle.DEFAULT, refusals);
        TypedRateFunction percent = new TypedRateFunction(Percent.DEFAULT, RateStyle.DEFAULT, refusals);
        rate.exec(List.of(new SimpleNumber(10001), new SimpleNumber(10000)));
        percent.exec(List.of(new SimpleScalar("100.52%")));
        assertEquals("99.5%", percent.exec(List.of(new SimpleScalar("99.5%"))));
        assertFalse(refusals.isEmpty());
        var failure = refusals.failure(tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree("{\"a\": 10001, \"b\": {\"c\": 10000}}"), java.util.Map.of());
        assertEquals(2, failure.details().size());
        assertEquals(List.of("$.a", "$.b.c"), failure.details().get(0).get("paths"));
        assertTrue(failure.getMessage().contains("10001 / 10000 = 100.01%"), failure.getMessage());
    }

    @Test
    void aRateWithNothingToRatePrintsTheKindsStyle() throws TemplateModelException {
        TypedRateFunction percent = new TypedRateFunction(Percent.DEFAULT, new RateStyle(null, "/"), new RateRefusals());
        assertEquals("/", percent.exec(List.of(new SimpleScalar("—"))));
        assertEquals("/", percent.exec(List.of(new SimpleScalar(""))));
    }
}
