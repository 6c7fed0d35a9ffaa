package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import press.failure.Reason;
import press.testing.Failures;
import press.testing.Fixtures;
import press.testing.OfficialData;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 公文 cannot be issued without its 发文字号, 发文机关署名 and 成文日期: the 公文 variants refuse
 * to render without them, naming the field, while the 简报 does not need them; and a seal that
 * is not a readable PNG is refused at its path before anything renders.
 */
class OfficialRequirementsTest {

    private final BulletinPress press = Fixtures.press();

    private static ObjectNode without(String field) {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        if (field.startsWith("signature.")) {
            ((ObjectNode) data.get("signature")).remove(field.substring("signature.".length()));
        } else {
            data.remove(field);
        }
        return data;
    }

    @ParameterizedTest
    @CsvSource({"gongwen, documentNumber", "xinhan, documentNumber", "gongwen, signature"})
    void anOfficialVariantRefusesDataWithoutWhatEveryIssuedDocumentHas(String variant, String field) {
        var refused = Failures.assertFails(Reason.INVALID_FIGURES, () -> press.render(new RenderRequest(Fixtures.KIND,
                variant, Format.PDF, without(field))));
        List<String> expected = field.equals("signature") ? List.of("$.signature.office", "$.signature.date")
                : List.of("$." + field);
        assertEquals(expected, refused.paths());
        assertTrue(refused.getMessage().contains(field.equals("signature") ? "缺少署名：请填写 signature.office 与 signature.date"
                : "缺少发文字号"), refused.getMessage());
    }

    @Test
    void theLintOfAnOfficialVariantNamesTheMissingFieldAndTheBulletinsDoesNot() {
        ObjectNode data = without("documentNumber");
        assertEquals(List.of("$.documentNumber"), press.lint(Fixtures.KIND, "gongwen", data).errors().stream()
                .flatMap(finding -> finding.paths().stream()).toList());
        assertTrue(press.lint(Fixtures.KIND, null, data).errors().isEmpty());
        assertTrue(press.render(new RenderRequest(Fixtures.KIND, "jianbao", Format.PDF, data)).bytes().length > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iVBORw0KGgo=", "R0lGODlhAQABAAAAACw=", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="})
    void aSealThatIsNotAPrintablePngIsRefusedAtItsPath(String base64) {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ((ObjectNode) data.get("signature")).put("seal", "data:image/png;base64," + base64);
        var refused = Failures.assertFails(Reason.INVALID_DATA, () -> press.render(new RenderRequest(Fixtures.KIND,
                "gongwen", Format.PDF, data)));
        assertEquals(List.of("$.signature.seal"), refused.paths());
    }

    @Test
    void aSealedDocumentRendersInEveryFormat() {
        ObjectNode data = OfficialData.withEveryElement();
        for (Format format : Format.values()) {
            RenderedDocument document = press.render(new RenderRequest(Fixtures.KIND, "gongwen", format, data));
            assertTrue(document.bytes().length > 0);
        }
    }
}
