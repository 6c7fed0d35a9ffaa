package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.TemplatesCopy;

/** On the command line a template author's mistake exits 2 with the file, line and a Chinese reason; lint runs the template. */
class TemplateErrorsCliTest {

    private static final String LIB = "gov-service-monthly/lib.ftlx";

    @TempDir
    Path folder;

    private final CommandLine cli = new CommandLine();

    private TemplatesCopy broken() {
        return TemplatesCopy.in(folder.resolve("templates")).edit(LIB,
                "<appendix number=\"1\" title=\"${platform.title}\">", "<appendix number=\"1\" title=\"${platform.titel}\">");
    }

    @Test
    void renderWithABrokenTemplateExitsTwoNamingTheFileAndLine() {
        TemplatesCopy templates = broken();

        assertEquals(2, cli.run("render", CommandLine.reference(), "--templates", templates.root().toString(), "-o",
                folder.resolve("out.pdf").toString()), cli.err());

        int line = templates.lineOf(LIB, "platform.titel");
        assertTrue(cli.err().contains("模板 " + LIB + " 第" + line + "行"), cli.err());
        assertTrue(cli.err().contains("line " + line), cli.err());
    }

    @Test
    void lintReadsAnotherTemplatesFolderAndReportsTheBrokenTemplateAsAnError() {
        TemplatesCopy templates = broken();

        assertEquals(2, cli.run("lint", CommandLine.reference(), "--templates", templates.root().toString()), cli.out() + " " + cli.err());

        assertTrue(cli.out().contains(LIB + ":" + templates.lineOf(LIB, "platform.titel")), cli.out());
        assertEquals(0, cli.run("lint", CommandLine.reference()), cli.out() + " " + cli.err());
    }

    @Test
    void aStyleSheetTypoStopsTheCommandWithTheRoleAndTheKeyMeant() {
        TemplatesCopy templates = TemplatesCopy.in(folder.resolve("templates")).edit("gov-service-monthly/jianbao.style.json",
                "\"body\": { \"font\": \"body\", \"size\": 16", "\"body\": { \"font\": \"body\", \"szie\": 16");

        assertEquals(2, cli.run("lint", CommandLine.reference(), "--templates", templates.root().toString()));

        assertTrue(cli.err().contains("角色 body") && cli.err().contains("“size”"), cli.err());
    }
}
