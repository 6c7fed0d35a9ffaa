package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.catalogue.Kind;
import press.catalogue.TemplateCatalogue;
import press.failure.Reason;
import press.testing.Failures;
import press.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DataValidatorTest {

    private final DataValidator validator = new DataValidator();
    private final Kind kind = TemplateCatalogue.load(Fixtures.root().resolve("templates")).kind(Fixtures.KIND).orElseThrow();

    @Test
    void theReferenceDataIsValid() {
        assertEquals(List.of(), validator.violations(kind, Fixtures.data(Fixtures.REFERENCE)));
    }

    @Test
    void everyViolationIsReportedWithItsJsonPath() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        data.put("period", "2020-13");
        ((ObjectNode) data.get("caseHandling").get("own")).put("accepted", -1);
        ((ObjectNode) ((ArrayNode) data.get("appendices").get("platform").get("rows")).get(2)).remove("region");
        data.put("unexpected", true);

        List<String> paths = validator.violations(kind, data).stream().map(Violation::path).toList();

        assertTrue(paths.contains("$.period"), paths.toString());
        assertTrue(paths.contains("$.caseHandling.own.accepted"), paths.toString());
        assertTrue(paths.contains("$.appendices.platform.rows[2].region"), paths.toString());
        assertTrue(paths.contains("$.unexpected"), paths.toString());
    }

    @Test
    void checkThrowsWithAllViolations() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        data.remove("title");
        data.remove("region");
        var error = Failures.assertFails(Reason.INVALID_DATA, () -> validator.check(kind, data));
        assertTrue(error.paths().size() >= 2, error.getMessage());
        assertTrue(error.getMessage().contains("title"), error.getMessage());
    }
}
