package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.catalogue.Kind;
import press.catalogue.Names;
import press.catalogue.TemplateCatalogue;
import press.failure.Reason;
import press.figures.FigureRules;
import press.figures.Figures;
import press.figures.LintReport;
import press.markup.MarkupReader;
import press.model.Inline;
import press.model.Paragraph;
import press.pipeline.JsonInput;
import press.testing.Failures;

class BulletinTemplatesTest {

    @TempDir
    Path templates;

    private Kind kind(String template) throws IOException {
        Path folder = Files.createDirectories(templates.resolve("probe"));
        Files.writeString(folder.resolve("manifest.json"),
                "{\"title\":\"probe\",\"defaultVariant\":\"plain\",\"variants\":{\"plain\":\"test\"}}");
        Files.writeString(folder.resolve("schema.json"), "{\"type\":\"object\"}");
        Files.writeString(folder.resolve("plain.style.json"), "{}");
        Files.writeString(folder.resolve("plain.ftlx"), template);
        return TemplateCatalogue.load(templates).kind("probe").orElseThrow();
    }

    private String run(String template, String json) throws IOException {
        Kind kind = kind(template);
        return new BulletinTemplates(templates).markup(kind, kind.variant("plain").orElseThrow(),
                JsonInput.object(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new Figures(java.util.Map.of(), LintReport.EMPTY), FigureRules.NONE);
    }

    @Test
    void dataThatLooksLikeMarkupOrTemplateCodeComesOutLiterally() throws IOException {
        String literal = "<b>&amp; ${x} <#if true>yes</#if> ]]> </p><p>";
        String markup = run("<bulletin><meta title=\"t\"/><p>${text}</p></bulletin>",
                "{\"text\": " + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(literal) + "}");

        var document = new MarkupReader().read(markup);
        assertEquals(1, document.blocks().size());
        assertEquals(literal, Inline.plainText(((Paragraph) document.blocks().get(0)).content()));
    }

    @Test
    void templatesCannotInstantiateJavaClasses() {
        var error = Failures.assertFails(Reason.TEMPLATE_ERROR, () -> run(
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", "{}"));
        assertTrue(error.getMessage().contains("probe/plain.ftlx"), error.getMessage());
    }

    @Test
    void templatesCannotReachTheJavaApiOfTheirData() {
        Failures.assertFails(Reason.TEMPLATE_ERROR, () -> run("${text?api.getClass()}", "{\"text\":\"x\"}"));
    }

    @Test
    void templatesCannotIncludeFilesOutsideTheTemplatesFolder() {
        assertThrows(RuntimeException.class, () -> run("<#include \"../../../../etc/passwd\">", "{}"));
    }

    @Test
    void theRateFunctionIsAvailableToEveryTemplate() throws IOException {
        assertEquals("99.58%", run("${rate(80225, 80564)}", "{}"));
    }

    @Test
    void kindAndVariantNamesAreNeverPaths() {
        assertTrue(Names.isValid("gov-service-monthly"));
        for (String bad : new String[] {"../etc", "a/b", "A", "x.ftlx", "", "-x", "a--b", "a b"}) {
            assertEquals(false, Names.isValid(bad), bad);
        }
    }

    @Test
    void numbersPrintAsDigitsNeverInExponentFormOrFromAFloat() throws IOException {
        assertEquals("0.0000001 0.3 1000 12345678901234567890 5",
                run("${a} ${b} ${c} ${d} ${e?number}", "{\"a\":1e-7,\"b\":0.30000000000000004,\"c\":1E+3,"
                        + "\"d\":12345678901234567890,\"e\":\"05\"}"));
    }

    @Test
    void ratesFollowTheKindsRulesAndARateOfNothingIsATemplateError() throws IOException {
        assertEquals("99.58% 99.99% 0.01% 100%", run("${rate(80225, 80564)} ${rate(1234566, 1234567)} ${rate(1, 1234567)} "
                + "${rate(7, 7)}", "{}"));
        assertEquals("99.99% 100% 99.5%", run("${percent(99.99999999)} ${percent(100)} ${rate(199, 200, 1)}", "{}"));
        var error = Failures.assertFails(Reason.TEMPLATE_ERROR, () -> run("${rate(0, 0)}", "{}"));
        assertTrue(error.getMessage().contains("word it"), error.getMessage());
    }
}
