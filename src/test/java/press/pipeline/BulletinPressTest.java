package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.failure.Reason;
import press.model.ModelDump;
import press.testing.ExtractedPdf;
import press.testing.Failures;
import press.testing.Fixtures;
import press.testing.SeedUnits;
import tools.jackson.databind.node.ObjectNode;

class BulletinPressTest {

    private final BulletinPress press = Fixtures.press();

    private static ObjectNode withFirstNewsText(String text) {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ((ObjectNode) data.get("news").get("own").get(0)).put("text", text);
        return data;
    }

    @Test
    void theVariantDefaultsToTheKindsDefault() {
        RenderedDocument document = press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF,
                Fixtures.data(Fixtures.REFERENCE)));
        assertEquals("jianbao", document.variant());
        assertEquals("全州政务服务工作概况", document.metadata().title());
        assertEquals("2020-05", document.metadata().period());
    }

    @Test
    void anUnknownKindOrVariantNamesTheValidOnes() {
        var kind = Failures.assertFails(Reason.UNKNOWN_TEMPLATE,
                () -> press.render(new RenderRequest("../templates", null, Format.PDF, Fixtures.data(Fixtures.REFERENCE))));
        assertEquals(List.of("generic-bulletin", "gov-service-monthly", "official-document"), Failures.detail(kind, "valid"));
        var variant = Failures.assertFails(Reason.UNKNOWN_VARIANT,
                () -> press.render(new RenderRequest(Fixtures.KIND, "fancy", Format.PDF, Fixtures.data(Fixtures.REFERENCE))));
        assertEquals("variant", Failures.detail(variant, "field"));
        assertTrue(((List<?>) Failures.detail(variant, "valid")).contains("jianbao"));
    }

    @Test
    void invalidDataStopsBeforeAnythingIsRendered() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        data.put("region", "");
        Failures.assertFails(Reason.INVALID_DATA, () -> press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)));
    }

    @Test
    void aCharacterNoBundledFontCoversIsAnErrorNamingItAndItsJsonPath() {
        ObjectNode data = withFirstNewsText("州政务服务中心举办活动\uD83D\uDE00。");

        var error = Failures.assertFails(Reason.UNCOVERED_CHARACTER,
                () -> press.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)));

        assertEquals("U+1F600", Failures.detail(error, "codePoint"));
        assertEquals(List.of("$.news.own[0].text"), error.paths());
        assertTrue(error.getMessage().contains("not covered by any bundled font"), error.getMessage());
    }

    @Test
    void lintFindsTheCharacterTheRenderWouldRefuseAtItsJsonPath() {
        ObjectNode data = withFirstNewsText("州政务服务中心举办活动\uD83D\uDE00。");
        var report = press.lint(Fixtures.KIND, null, data);
        assertEquals(1, report.errors().size(), report.findings().toString());
        var finding = report.errors().get(0);
        assertEquals("fontCoverage", finding.rule());
        assertEquals(List.of("$.news.own[0].text"), finding.paths());
        assertTrue(finding.message().contains("字库中没有"), finding.message());
        assertEquals(List.of(), press.lint(Fixtures.KIND, null, Fixtures.data(Fixtures.REFERENCE)).errors(),
                "what renders lints clean");
    }

    @Test
    void dataThatLooksLikeMarkupOrTemplateCodeIsPrintedLiterally() {
        String literal = "<b>&amp; ${x} <#if true>yes</#if>";
        byte[] pdf = Fixtures.render(withFirstNewsText(literal), Format.PDF);

        String text = SeedUnits.normalize(new ExtractedPdf(pdf).text());
        assertTrue(text.contains(SeedUnits.normalize("5月14日，" + literal)), "literal text missing");
    }

    @Test
    void aRareCharacterFallsBackToTheFullCoverageFont() {
        String pdfText = new ExtractedPdf(Fixtures.referencePdf()).text();
        assertTrue(pdfText.contains("绵虒镇"), "虒 is not in the Fandol fonts and must come from the fallback");
    }

    @Test
    void aGenericNumberColumnPrintsItsNumbersWithTheDecimalsAndSeparatorsItAsksFor() throws Exception {
        ObjectNode data = (ObjectNode) JsonInput.object(java.nio.file.Files.readAllBytes(
                Fixtures.root().resolve("templates/generic-bulletin/example.json")));
        ObjectNode table = (ObjectNode) JsonInput.object(("{\"table\":{\"columns\":[\"text\",{\"kind\":\"number\",\"decimals\":2,"
                + "\"grouping\":true},\"number\"],\"body\":[[\"甲\",1234567,1e-7],[\"乙\",0.30000000000000004,1E+3],"
                + "[\"丙\",\"—\",2.5]],\"foot\":[[\"合计\",1234567.3,1002.5000001]]}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ((tools.jackson.databind.node.ArrayNode) data.get("sections").get(0).get("blocks")).add(table);
        var kind = press.catalogue().kind("generic-bulletin").orElseThrow();
        String dump = ModelDump.of(press.document(kind, kind.variant("standard").orElseThrow(), data));
        assertTrue(dump.contains("body | 甲 | 1,234,567.00 | 0.0000001 |"), dump);
        assertTrue(dump.contains("body | 乙 | 0.30 | 1000 |"), dump);
        assertTrue(dump.contains("body | 丙 | — | 2.5 |"), dump);
        assertTrue(dump.contains("foot | 合计 | 1,234,567.30 | 1002.5000001 |"), dump);
    }
}
