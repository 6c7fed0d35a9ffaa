package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.Fixtures;
import press.testing.TemplatesCopy;

/** On the command line a template author's mistake exits 2 with the file, line and a Chinese reason; lint runs the template. */
class TemplateErrorsCliTest {

    private static final String LIB = "gov-service-monthly/lib.ftlx";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String reference() {
        return Fixtures.fixture(Fixtures.REFERENCE).resolve("data.json").toString();
    }

    private TemplatesCopy broken() {
        return TemplatesCopy.in(folder.resolve("templates")).edit(LIB,
                "<appendix number=\"1\" title=\"${platform.title}\">", "<appendix number=\"1\" title=\"${platform.titel}\">");
    }

    @Test
    void renderWithABrokenTemplateExitsTwoNamingTheFileAndLine() {
        TemplatesCopy templates = broken();

        assertEquals(2, run("render", reference(), "--templates", templates.root().toString(), "-o",
                folder.resolve("out.pdf").toString()), err.toString());

        int line = templates.lineOf(LIB, "platform.titel");
        assertTrue(err.toString().contains("模板 " + LIB + " 第" + line + "行"), err.toString());
        assertTrue(err.toString().contains("line " + line), err.toString());
    }

    @Test
    void lintReadsAnotherTemplatesFolderAndReportsTheBrokenTemplateAsAnError() {
        TemplatesCopy templates = broken();

        assertEquals(2, run("lint", reference(), "--templates", templates.root().toString()), out + " " + err);

        assertTrue(out.toString().contains(LIB + ":" + templates.lineOf(LIB, "platform.titel")), out.toString());
        assertEquals(0, run("lint", reference()), out + " " + err);
    }

    @Test
    void aStyleSheetTypoStopsTheCommandWithTheRoleAndTheKeyMeant() {
        TemplatesCopy templates = TemplatesCopy.in(folder.resolve("templates")).edit("gov-service-monthly/jianbao.style.json",
                "\"body\": { \"font\": \"body\", \"size\": 16", "\"body\": { \"font\": \"body\", \"szie\": 16");

        assertEquals(2, run("lint", reference(), "--templates", templates.root().toString()));

        assertTrue(err.toString().contains("角色 body") && err.toString().contains("“size”"), err.toString());
    }
}
