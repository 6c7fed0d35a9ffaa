package press.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String reference() {
        return Fixtures.fixture(Fixtures.REFERENCE).resolve("data.json").toString();
    }

    @Test
    void renderWritesThePdfWithTheDefaultTemplateVariantAndFormat() throws IOException {
        Path pdf = folder.resolve("out.pdf");

        assertEquals(0, run("render", reference(), "-o", pdf.toString()), err.toString());

        byte[] bytes = Files.readAllBytes(pdf);
        assertArrayEquals("%PDF-".getBytes(), Arrays.copyOf(bytes, 5));
        assertTrue(out.toString().contains("gov-service-monthly/jianbao"), out.toString());
    }

    @Test
    void usageErrorsNameWhatIsWrongAndExitTwoWithTheUsage() {
        assertEquals(2, run("bench", "-n", "many", reference()));
        assertTrue(err.toString().contains("-n: 'many' is not a whole number"), err.toString());
        assertTrue(err.toString().contains("Usage: bulletin-press bench [OPTIONS] DATA.json"), err.toString());
        assertEquals(2, run("render"));
        assertTrue(err.toString().contains("missing DATA.json"), err.toString());
        assertEquals(2, run("render", "--colour", "red", reference()));
        assertTrue(err.toString().contains("--colour"), err.toString());
        assertEquals(2, run("publish", reference()));
        assertTrue(err.toString().contains("unknown command 'publish'"), err.toString());
        assertEquals(2, run("migrate-archive", "--from", folder.toString()));
        assertTrue(err.toString().contains("Missing required option: to"), err.toString());
    }

    @Test
    void helpListsTheCommandsAndEachCommandsOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("render") && out.toString().contains("migrate-archive"), out.toString());
        assertEquals(0, run("render", "--help"));
        assertTrue(out.toString().contains("--output <FILE>") && out.toString().contains("--template <KIND>"),
                out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains(Main.VERSION), out.toString());
    }

    @Test
    void benchTimesLongerWorkloadsMadeFromTheData() {
        assertEquals(0, run("bench", "-n", "1", "--warmup", "0", "--scale", "3", reference()), err.toString());
        assertTrue(out.toString().contains("items and sections 3 times over"), out.toString());
        String generic = Fixtures.fixture("wenchuan-2020-06").resolve("data.json").toString();
        assertEquals(0, run("bench", "-t", "generic-bulletin", "-n", "1", "--warmup", "0", "--table-rows", "50", generic),
                err.toString());
        assertTrue(out.toString().contains("a table of 50 rows added"), out.toString());
        assertEquals(2, run("bench", "-n", "1", "--warmup", "0", "--table-rows", "5", reference()));
        assertEquals(0, run("bench", "-n", "4", "--warmup", "1", "--vary", "--heap-every", "2", reference()), err.toString());
        assertTrue(out.toString().contains("the data varied on every run"), out.toString());
        assertTrue(out.toString().contains("after 4 renders: heap in use after GC"), out.toString());
    }

    @Test
    void warmUpRendersEveryExampleInEveryVariantAndFormat() {
        assertEquals(0, run("warm-up"), err.toString());
        assertTrue(out.toString().startsWith("every example rendered in every variant and format"), out.toString());
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
        assertEquals(0, run("render", "-t", "generic-bulletin", file.toString(), "-o", pdf.toString()), err.toString());
        assertTrue(new press.testing.PdfGeometry(Files.readAllBytes(pdf)).pictures(4).size() >= 1);

        Files.write(folder.resolve("outside.jpg"), Files.readAllBytes(folder.resolve("data/images/photo.jpg")));
        ((ObjectNode) data.at("/sections/3/blocks/1")).put("src", "../outside.jpg");
        Files.writeString(file, data.toString());
        assertEquals(2, run("render", "-t", "generic-bulletin", file.toString(), "-o", pdf.toString()));
        assertTrue(err.toString().contains("$.sections[3].blocks[1].src") && err.toString().contains("outside"),
                err.toString());
    }

    @Test
    void invalidDataExitsNonZeroNamingEveryFailingPath() throws IOException {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        data.put("period", "May 2020");
        data.remove("closing");
        Path file = folder.resolve("bad.json");
        Files.writeString(file, data.toString());
        Path pdf = folder.resolve("never.pdf");

        assertEquals(2, run("render", file.toString(), "-o", pdf.toString()));

        assertTrue(err.toString().contains("$.period"), err.toString());
        assertTrue(err.toString().contains("closing"), err.toString());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\n  \"title\": \"概况\",\n  oops\n}");

        assertEquals(2, run("render", file.toString(), "-o", folder.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("line 3"), err.toString());
    }

    @Test
    void anUnknownTemplateNamesTheKnownOnes() {
        assertEquals(2, run("render", "--template", "weekly", reference(), "-o", folder.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("unknown template 'weekly'; known: generic-bulletin, gov-service-monthly"),
                err.toString());
    }

    @Test
    void lintPrintsTheReportAndExitsTwoOnlyWhenAnErrorWouldRefuseTheRender() throws IOException {
        assertEquals(0, run("lint", reference()), err.toString());
        assertTrue(out.toString().contains("$.appendices.evaluation.totalRates.activeRate"), out.toString());
        assertTrue(out.toString().contains("0 errors, 4 warnings"), out.toString());
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ((ObjectNode) data.get("hotline")).put("referredAnswered", 319);
        Path file = folder.resolve("negative.json");
        Files.writeString(file, data.toString());
        assertEquals(2, run("lint", file.toString()));
        assertTrue(out.toString().contains("$.hotline.referredAnswered"), out.toString());
        assertEquals(2, run("render", file.toString(), "-o", folder.resolve("never.pdf").toString()));
        assertTrue(err.toString().contains("-213"), err.toString());
    }

    @Test
    void theDataFileMayBeAnEnvelopeNamingTemplateAndFormat() throws IOException {
        Path file = folder.resolve("envelope.json");
        Files.writeString(file, "{\"template\":\"generic-bulletin\",\"format\":\"docx\",\"data\":"
                + Fixtures.read(Fixtures.fixture("wenchuan-2020-06").resolve("data.json")) + "}");
        Path out = folder.resolve("envelope.docx");
        assertEquals(0, run("render", file.toString(), "-o", out.toString()), err.toString());
        assertTrue(Files.size(out) > 1000);
    }

    @Test
    void benchPrintsTimesThroughputSizeAndHeap() {
        assertEquals(0, run("bench", "-n", "2", "--warmup", "1", reference()), err.toString());
        String report = out.toString();
        for (String figure : new String[] {"median", "p90", "documents/s", "bytes", "peak heap"}) {
            assertTrue(report.contains(figure), report);
        }
    }
}
