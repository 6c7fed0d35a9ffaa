package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.Finding;
import press.figures.LintReport;
import press.testing.Failures;
import press.testing.Fixtures;
import press.testing.TemplatesCopy;

/**
 * A template author's mistakes — in a template, the markup it writes, a phrase or a style
 * sheet — are reported in the author's file, at the line (or phrase, role and key), with a
 * reason in Chinese, as the data's faults are: never as a fault of ours.
 */
class TemplateErrorsTest {

    private static final String KIND = "gov-service-monthly";
    private static final String JIANBAO = KIND + "/jianbao.ftlx";
    private static final String LIB = KIND + "/lib.ftlx";

    @TempDir
    Path folder;

    private TemplatesCopy templates() {
        return TemplatesCopy.in(folder);
    }

    private static BulletinPress open(TemplatesCopy templates) {
        return BulletinPress.open(templates.root(), Fixtures.root().resolve("fonts"));
    }

    private static Failure renderFails(BulletinPress press) {
        return Failures.assertFails(Reason.TEMPLATE_ERROR, () -> press.render(
                new RenderRequest(KIND, "jianbao", Format.PDF, Fixtures.data(Fixtures.REFERENCE))));
    }

    private static Map<String, Object> detail(Failure failure) {
        return failure.details().get(0);
    }

    private static void assertChinese(Object reason) {
        assertTrue(String.valueOf(reason).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "a reason in Chinese: " + reason);
    }

    @Test
    void anUnclosedIfIsASyntaxErrorAtTheLineWhereItOpens() {
        TemplatesCopy templates = templates().edit(JIANBAO, "<title>${title}</title>", "<#if title??><title>${title}</title>");
        int line = templates.lineOf(JIANBAO, "<#if title??>");

        Failure failure = Failures.assertFails(Reason.TEMPLATE_ERROR, () -> open(templates));

        assertEquals(JIANBAO, detail(failure).get("file"));
        assertEquals(line, detail(failure).get("line"));
        assertEquals(3, detail(failure).get("column"));
        assertTrue(String.valueOf(detail(failure).get("reason")).contains("</#if>"), failure.getMessage());
        assertChinese(detail(failure).get("reason"));
        assertTrue(String.valueOf(detail(failure).get("reasonEn")).contains("unclosed #if"), failure.getMessage());
    }

    @Test
    void anUndefinedVariableIsReportedAtItsTemplateLineEvenInsideAnImportedMacro() {
        TemplatesCopy templates = templates().edit(LIB, "<appendix number=\"1\" title=\"${platform.title}\">",
                "<appendix number=\"1\" title=\"${platform.titel}\">");

        Failure failure = renderFails(open(templates));

        assertEquals(LIB, detail(failure).get("file"));
        assertEquals(templates.lineOf(LIB, "platform.titel"), detail(failure).get("line"));
        assertTrue(String.valueOf(detail(failure).get("reason")).contains("platform.titel"), failure.getMessage());
        assertChinese(detail(failure).get("reason"));
    }

    @Test
    void anUnknownMarkupElementIsReportedAtTheTemplateLineThatWroteIt() {
        TemplatesCopy templates = templates().edit(LIB, "<heading level=\"1\">", "<heeding level=\"1\">")
                .edit(LIB, "</heading></#macro>", "</heeding></#macro>");

        Failure failure = renderFails(open(templates));

        assertEquals(LIB, detail(failure).get("file"));
        assertEquals(templates.lineOf(LIB, "<heeding level"), detail(failure).get("line"));
        assertTrue(detail(failure).containsKey("markupLine"), failure.getMessage());
        assertTrue(String.valueOf(detail(failure).get("reason")).contains("<heeding>"), failure.getMessage());
        assertChinese(detail(failure).get("reason"));
    }

    @Test
    void anUnknownElementInTheVariantsOwnTextIsReportedThere() {
        TemplatesCopy templates = templates().edit(JIANBAO, "<title>${title}</title>", "<titel>${title}</titel>");

        Failure failure = renderFails(open(templates));

        assertEquals(JIANBAO, detail(failure).get("file"));
        assertEquals(templates.lineOf(JIANBAO, "<titel>"), detail(failure).get("line"));
    }

    @Test
    void aStyleSheetTypoNamesTheRoleTheUnknownKeyAndTheKeyMeant() {
        TemplatesCopy templates = templates().edit(KIND + "/jianbao.style.json",
                "\"body\": { \"font\": \"body\", \"size\": 16", "\"body\": { \"font\": \"body\", \"szie\": 16");

        Failure failure = Failures.assertFails(Reason.TEMPLATE_ERROR, () -> open(templates));

        assertEquals(KIND + "/jianbao.style.json", detail(failure).get("file"));
        assertEquals("body", detail(failure).get("role"));
        assertEquals("szie", detail(failure).get("key"));
        assertEquals("size", detail(failure).get("suggestion"));
        assertTrue(String.valueOf(detail(failure).get("reason")).contains("是否应为“size”"), failure.getMessage());
    }

    @Test
    void aPhraseWithAnUndeclaredBlankIsRefusedWhenTheKindLoads() {
        TemplatesCopy templates = templates().edit(KIND + "/phrases.json", "事项{受理件数}件", "事项{受理数}件");

        Failure failure = Failures.assertFails(Reason.TEMPLATE_ERROR, () -> open(templates));

        assertEquals(KIND + "/phrases.json", detail(failure).get("file"));
        assertEquals("casesTotal", detail(failure).get("phrase"));
        assertEquals("受理数", detail(failure).get("blank"));
        assertTrue(String.valueOf(detail(failure).get("reason")).contains("是否应为“{受理件数}”"), failure.getMessage());
    }

    @Test
    void aBlankOfTheWrongKindIsRefusedNamingThePhrasesThatUseIt() {
        TemplatesCopy templates = templates().edit(KIND + "/phrases.json",
                "\"来电接通率\": { \"kind\": \"percent\"", "\"来电接通率\": { \"kind\": \"count\"");

        Failure failure = Failures.assertFails(Reason.TEMPLATE_ERROR, () -> open(templates));

        assertEquals("来电接通率", detail(failure).get("blank"));
        assertEquals(List.of("hotlineRatesAlike", "hotlineRates"), detail(failure).get("phrases"));
        assertTrue(String.valueOf(detail(failure).get("reason")).contains("百分数"), failure.getMessage());
    }

    @Test
    void aPhraseATemplateAsksForThatIsMissingIsRefusedAtTheTemplateLine() {
        TemplatesCopy templates = templates().edit(LIB, "phrase(\"casesOwn\")", "phrase(\"casesOwm\")");

        Failure failure = Failures.assertFails(Reason.TEMPLATE_ERROR, () -> open(templates));

        assertEquals(LIB, detail(failure).get("file"));
        assertEquals(templates.lineOf(LIB, "casesOwm"), detail(failure).get("line"));
        assertEquals("casesOwm", detail(failure).get("phrase"));
        assertTrue(String.valueOf(detail(failure).get("reason")).contains("是否应为“casesOwn”"), failure.getMessage());
    }

    @Test
    void lintRunsTheTemplateSoABrokenOneIsAnErrorWithItsFileAndLine() {
        TemplatesCopy templates = templates().edit(LIB, "<appendix number=\"1\" title=\"${platform.title}\">",
                "<appendix number=\"1\" title=\"${platform.titel}\">");

        LintReport report = open(templates).lint(KIND, "jianbao", Fixtures.data(Fixtures.REFERENCE));

        Finding finding = report.errors().stream().filter(f -> f.rule().equals("template")).findFirst().orElseThrow();
        assertTrue(finding.found().startsWith(LIB + ":" + templates.lineOf(LIB, "platform.titel") + ":"), finding.toString());
        assertChinese(finding.message());
    }
}
