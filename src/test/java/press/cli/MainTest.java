package press.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.Fixtures;
import tools.jackson.databind.node.ObjectNode;

class MainTest {

    @TempDir
    Path folder;

    private final CommandLine cli = new CommandLine();

    @Test
    void renderWritesThePdfWithTheDefaultTemplateVariantAndFormat() throws IOException {
        Path pdf = folder.resolve("out.pdf");

        assertEquals(0, cli.run("render", CommandLine.reference(), "-o", pdf.toString()), cli.err());

        byte[] bytes = Files.readAllBytes(pdf);
        assertArrayEquals("%PDF-".getBytes(), Arrays.copyOf(bytes, 5));
        assertTrue(cli.out().contains("gov-service-monthly/jianbao"), cli.out());
    }

    @Test
    void usageErrorsNameWhatIsWrongAndExitTwoWithTheUsage() {
        assertEquals(2, cli.run("bench", "-n", "many", CommandLine.reference()));
        assertTrue(cli.err().contains("-n: 'many' is not a whole number"), cli.err());
        assertTrue(cli.err().contains("Usage: bulletin-press bench [OPTIONS] DATA.json"), cli.err());
        assertEquals(2, cli.run("render"));
        assertTrue(cli.err().contains("missing DATA.json"), cli.err());
        assertEquals(2, cli.run("render", "--colour", "red", CommandLine.reference()));
        assertTrue(cli.err().contains("--colour"), cli.err());
        assertEquals(2, cli.run("publish", CommandLine.reference()));
        assertTrue(cli.err().contains("unknown command 'publish'"), cli.err());
        assertEquals(2, cli.run("migrate-archive", "--from", folder.toString()));
        assertTrue(cli.err().contains("Missing required option: to"), cli.err());
    }

    @Test
    void helpListsTheCommandsAndEachCommandsOptions() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("render") && cli.out().contains("migrate-archive"), cli.out());
        assertEquals(0, cli.run("render", "--help"));
        assertTrue(cli.out().contains("--output <FILE>") && cli.out().contains("--template <KIND>"),
                cli.out());
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().contains(Main.VERSION), cli.out());
    }

    @Test
    void benchTimesLongerWorkloadsMadeFromTheData() {
        assertEquals(0, cli.run("bench", "-n", "1", "--warmup", "0", "--scale", "3", CommandLine.reference()), cli.err());
        assertTrue(cli.out().contains("items and sections 3 times over"), cli.out());
        String generic = Fixtures.fixture("wenchuan-2020-06").resolve("data.json").toString();
        assertEquals(0, cli.run("bench", "-t", "generic-bulletin", "-n", "1", "--warmup", "0", "--table-rows", "50", generic),
                cli.err());
        assertTrue(cli.out().contains("a table of 50 rows added"), cli.out());
        assertEquals(2, cli.run("bench", "-n", "1", "--warmup", "0", "--table-rows", "5", CommandLine.reference()));
        assertEquals(0, cli.run("bench", "-n", "4", "--warmup", "1", "--vary", "--heap-every", "2", CommandLine.reference()), cli.err());
        assertTrue(cli.out().contains("the data varied on every run"), cli.out());
        assertTrue(cli.out().contains("after 4 renders: heap in use after GC"), cli.out());
    }

    @Test
    void warmUpRendersEveryExampleInEveryVariantAndFormat() {
        assertEquals(0, cli.run("warm-up"), cli.err());
        assertTrue(cli.out().startsWith("every example rendered in every variant and format"), cli.out());
    }

    /** On the command line an image may be a file beside the data file; one outside its folder is refused. */
    @Test
    void anImageMayBeAFileBesideTheDataButNeverOutsideItsFolder() throws IOException {
        ObjectNode data = Fixtures.data("yunling-2026-10");
        String photo = data.at("/sections/3/blocks/1/src").asString();
        Files.createDirectories(folder.resolve("data/images"));
        Files.write(folder.resolve("data/images/photo.jpg"), java.util.Base64.getDecoder().decode(
                photo.substring(photo.indexOf(',') + 1)));
        ((ObjectNode) data.at("/sections/3/blocks/1")).put("src", "images/photo.jpg");
        Path file = folder.resolve("data/bulletin.json");
        Files.writeString(file, data.toString());
        Path pdf = folder.resolve("out.pdf");
        assertEquals(0, cli.run("render", "-t", "generic-bulletin", file.toString(), "-o", pdf.toString()), cli.err());
        assertTrue(new press.testing.PdfGeometry(Files.readAllBytes(pdf)).pictures(4).size() >= 1);

        Files.write(folder.resolve("outside.jpg"), Files.readAllBytes(folder.resolve("data/images/photo.jpg")));
        ((ObjectNode) data.at("/sections/3/blocks/1")).put("src", "../outside.jpg");
        Files.writeString(file, data.toString());
        assertEquals(2, cli.run("render", "-t", "generic-bulletin", file.toString(), "-o", pdf.toString()));
        assertTrue(cli.err().contains("$.sections[3].blocks[1].src") && cli.err().contains("outside"),
                cli.err());
    }

    @Test
    void invalidDataExitsNonZeroNamingEveryFailingPath() throws IOException {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        data.put("period", "May 2020");
        data.remove("closing");
        Path file = folder.resolve("bad.json");
        Files.writeString(file, data.toString());
        Path pdf = folder.resolve("never.pdf");

        assertEquals(2, cli.run("render", file.toString(), "-o", pdf.toString()));

        assertTrue(cli.err().contains("$.period"), cli.err());
        assertTrue(cli.err().contains("closing"), cli.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\n  \"title\": \"概况\",\n  oops\n}");

        assertEquals(2, cli.run("render", file.toString(), "-o", folder.resolve("x.pdf").toString()));
        assertTrue(cli.err().contains("line 3"), cli.err());
    }

    @Test
    void anUnknownTemplateNamesTheKnownOnes() {
        assertEquals(2, cli.run("render", "--template", "weekly", CommandLine.reference(), "-o", folder.resolve("x.pdf").toString()));
        assertTrue(cli.err().contains("unknown template 'weekly'; known: generic-bulletin, gov-service-monthly"),
                cli.err());
    }

    @Test
    void lintPrintsTheReportAndExitsTwoOnlyWhenAnErrorWouldRefuseTheRender() throws IOException {
        assertEquals(0, cli.run("lint", CommandLine.reference()), cli.err());
        assertTrue(cli.out().contains("$.appendices.evaluation.totalRates.activeRate"), cli.out());
        assertTrue(cli.out().contains("0 errors, 4 warnings"), cli.out());
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ((ObjectNode) data.get("hotline")).put("referredAnswered", 319);
        Path file = folder.resolve("negative.json");
        Files.writeString(file, data.toString());
        assertEquals(2, cli.run("lint", file.toString()));
        assertTrue(cli.out().contains("$.hotline.referredAnswered"), cli.out());
        assertEquals(2, cli.run("render", file.toString(), "-o", folder.resolve("never.pdf").toString()));
        assertTrue(cli.err().contains("-213"), cli.err());
    }

    @Test
    void theDataFileMayBeAnEnvelopeNamingTemplateAndFormat() throws IOException {
        Path file = folder.resolve("envelope.json");
        Files.writeString(file, "{\"template\":\"generic-bulletin\",\"format\":\"docx\",\"data\":"
                + Fixtures.read(Fixtures.fixture("wenchuan-2020-06").resolve("data.json")) + "}");
        Path docx = folder.resolve("envelope.docx");
        assertEquals(0, cli.run("render", file.toString(), "-o", docx.toString()), cli.err());
        assertTrue(Files.size(docx) > 1000);
    }

    @Test
    void benchPrintsTimesThroughputSizeAndHeap() {
        assertEquals(0, cli.run("bench", "-n", "2", "--warmup", "1", CommandLine.reference()), cli.err());
        String report = cli.out();
        for (String figure : new String[] {"median", "p90", "documents/s", "bytes", "peak heap"}) {
            assertTrue(report.contains(figure), report);
        }
    }
}
