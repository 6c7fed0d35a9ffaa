package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import press.catalogue.Kind;
import press.pipeline.BulletinPress;
import press.pipeline.Format;
import press.pipeline.JsonInput;
import press.pipeline.RenderRequest;
import press.render.page.PageItem;
import press.render.page.PagedDocument;
import press.render.page.Tag.Content;
import press.render.page.TextLine;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * Every line a fixture prints, in every variant, reads back as one line in three readers we did
 * not write — poppler's pdftotext (Evince, Okular), MuPDF and PDFium (Chromium) — so copying a
 * line copies it whole: no glyph box of a compressed mark reaches over the next glyph, and no gap
 * a reader takes for a space or a column opens inside a line. PDFium is the npm package
 * {@code @hyzyla/pdfium} that {@code .ci/test} installs into {@code target/readers}.
 */
@Tag("slow")
class PrintedLinesReadBackTest {

    private static final BulletinPress PRESS = Fixtures.press();
    private static final Path PDFIUM = Fixtures.root().resolve("target/readers/node_modules");

    @TempDir
    static Path folder;

    @TestFactory
    Stream<DynamicTest> everyPrintedLineIsOneLineInPdftotextMuPdfAndPdfium() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(Fixtures.root().resolve("fixtures"))) {
            for (Path fixture : fixtures.sorted().filter(f -> Files.exists(f.resolve("fixture.json"))).toList()) {
                JsonNode about = JsonInput.object(Files.readAllBytes(fixture.resolve("fixture.json")));
                Kind kind = PRESS.catalogue().kind(about.path("template").asString()).orElseThrow();
                JsonNode data = JsonInput.object(Files.readAllBytes(fixture.resolve("data.json")));
                for (String variant : kind.variantNames()) {
                    tests.add(DynamicTest.dynamicTest(fixture.getFileName() + "/" + variant, () -> check(kind, variant,
                            data, fixture.getFileName() + "-" + variant)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Kind kind, String variant, JsonNode data, String name) throws Exception {
        PagedDocument pages = PRESS.pages(kind, kind.variant(variant).orElseThrow(), data);
        Path pdf = folder.resolve(name + ".pdf");
        Files.write(pdf, PRESS.render(new RenderRequest(kind.name(), variant, Format.PDF, data)).bytes());
        List<List<String>> poppler = split(run(List.of("pdftotext", pdf.toString(), "-")), "\f");
        List<List<String>> mupdf = mupdf(pdf);
        List<List<String>> pdfium = split(run(List.of("node", Fixtures.root().resolve(
                "src/test/resources/readers/pdfium-text.mjs").toString(), pdf.toString())), "=== page \\d+\n");
        int count = pages.pages().size();
        for (var reader : List.of(poppler, mupdf, pdfium)) {
            assertTrue(reader.size() >= count, "a reader read " + reader.size() + " of " + count + " pages");
        }
        int lines = 0;
        for (int p = 0; p < count; p++) {
            for (PageItem item : pages.pages().get(p).items()) {
                if (item instanceof TextLine line && line.tag() instanceof Content) {
                    String printed = line.text().replaceAll("[\\s\\u3000]", "");
                    if (printed.length() < 2) {
                        continue;
                    }
                    lines++;
                    String where = name + " page " + (p + 1) + ": “" + line.text() + "”";
                    assertTrue(whole(poppler.get(p), printed), "pdftotext splits " + where + " " + poppler.get(p));
                    assertTrue(whole(mupdf.get(p), printed), "MuPDF splits " + where + " " + mupdf.get(p));
                    assertTrue(whole(pdfium.get(p), printed), "PDFium splits " + where + " " + pdfium.get(p));
                }
            }
        }
        assertTrue(lines > 10, name + " prints lines");
    }

    private static boolean whole(List<String> extracted, String printed) {
        return extracted.stream().anyMatch(line -> line.contains(printed));
    }

    private static List<List<String>> mupdf(Path pdf) throws Exception {
        Path pages = Files.createDirectories(folder.resolve(pdf.getFileName() + ".txt"));
        run(List.of("mutool", "draw", "-q", "-F", "txt", "-o", pages.resolve("page%d.txt").toString(), pdf.toString()));
        List<List<String>> read = new ArrayList<>();
        for (int page = 1; Files.exists(pages.resolve("page" + page + ".txt")); page++) {
            read.add(lines(Files.readString(pages.resolve("page" + page + ".txt"))));
        }
        return read;
    }

    /** The reader's text cut into pages at {@code separator}, each page's lines without blanks. */
    private static List<List<String>> split(String text, String separator) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split(separator, -1)) {
            pages.add(lines(page));
        }
        if (separator.startsWith("===") && !pages.isEmpty()) {
            pages.remove(0);
        }
        return pages;
    }

    private static List<String> lines(String page) {
        return Arrays.stream(page.split("\n")).map(line -> line.replaceAll("[\\s\\u3000]", "")).filter(line -> !line.isEmpty())
                .toList();
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("NODE_PATH", PDFIUM.toString());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command.get(0) + " took over two minutes");
        assertEquals(0, process.exitValue(), command + ": " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
