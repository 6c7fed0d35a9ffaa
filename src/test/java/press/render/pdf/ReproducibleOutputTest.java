package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import press.archive.Sha256;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;

/**
 * The same data, template and fonts give the same bytes, in another JVM too: dates from the
 * data, the file identifier from the content, font subset tags from the subsets; a DOCX's
 * entries dated from the data and, with embedded fonts, its subsets in the same order (they
 * once followed {@code Map.copyOf}'s order, which differs from JVM to JVM), so two processes
 * write the same DOCX.
 */
class ReproducibleOutputTest {

    private static final List<String> OUTPUTS = List.of("jianbao.pdf", "gongwen.pdf", "jianbao.docx",
            "jianbao.docx.embedded");

    @Test
    void aSecondJvmRendersTheSameBytes() throws IOException, InterruptedException {
        Map<String, String> theirs = child(OUTPUTS);
        for (String output : OUTPUTS.subList(0, 2)) {
            assertEquals(Sha256.hex(RenderingChild.render(output)), theirs.get(output), output + ": " + theirs);
        }
    }

    /**
     * Two processes write the same DOCX, plain and embedded. Compared between two fresh JVMs: in
     * a JVM that has marshalled other documents before (the test's own, after the suite), JAXB
     * may declare a part's namespaces in another order.
     */
    @Test
    void twoProcessesWriteTheSameDocx() throws IOException, InterruptedException {
        List<String> docx = OUTPUTS.subList(2, 4);
        Map<String, String> first = child(docx);
        assertEquals(docx.size(), first.size(), first.toString());
        assertEquals(first, child(docx));
    }

    /** The hashes a fresh JVM prints for {@code outputs}. */
    private static Map<String, String> child(List<String> outputs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                RenderingChild.class.getName()));
        command.addAll(outputs);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not finish");
        return out.lines().filter(line -> line.matches("[\\w.]+ [0-9a-f]{64}"))
                .collect(Collectors.toMap(line -> line.split(" ")[0], line -> line.split(" ")[1]));
    }

    @Test
    void aDocxRenderedAgainIsTheSameBytesWithItsEntriesDatedFromTheData() throws IOException {
        byte[] first = Fixtures.press().render(new RenderRequest(Fixtures.KIND, "jianbao", Format.DOCX,
                Fixtures.data(Fixtures.REFERENCE))).bytes();
        byte[] second = Fixtures.press().render(new RenderRequest(Fixtures.KIND, "jianbao", Format.DOCX,
                Fixtures.data(Fixtures.REFERENCE))).bytes();
        assertEquals(Sha256.hex(first), Sha256.hex(second));
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(first))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertEquals("2020-06-10T00:00", entry.getTimeLocal().toString(), entry.getName());
            }
        }
    }

    @Test
    void theDatesAreTheIssueDateNotTheMomentOfRendering() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render("jianbao"))) {
            var created = pdf.getDocumentInformation().getCreationDate();
            assertEquals("2020-06-10", String.format("%tF", created));
            assertEquals(created, pdf.getDocumentInformation().getModificationDate());
        }
    }

    @Test
    void theFileIdentifierComesFromTheContent() {
        String jianbao = fileId(render("jianbao"));
        assertNotEquals("0".repeat(32), jianbao);
        assertEquals(jianbao, fileId(render("jianbao")));
        assertNotEquals(jianbao, fileId(render("gongwen")));
    }

    @Test
    void subsetTagsComeFromTheSubsets() throws IOException {
        try (PDDocument jianbao = Loader.loadPDF(render("jianbao"));
             PDDocument digest = Loader.loadPDF(render("digest"))) {
            String body = bodyFont(jianbao);
            assertTrue(body.matches("[A-Z]{6}\\+.*"), body);
            assertEquals(body, bodyFont(Loader.loadPDF(render("jianbao"))));
            assertNotEquals(body, bodyFont(digest), "a different glyph set, a different tag");
        }
    }

    private static String bodyFont(PDDocument pdf) throws IOException {
        var resources = pdf.getPage(0).getResources();
        for (var name : resources.getFontNames()) {
            String font = resources.getFont(name).getName();
            if (font.contains("FandolFang")) {
                return font;
            }
        }
        throw new AssertionError("no 仿宋 (body) font on page 1");
    }

    private static String fileId(byte[] pdf) {
        Matcher matcher = Pattern.compile("/ID ?\\[<([0-9a-fA-F]{32})>").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        String id = null;
        while (matcher.find()) {
            id = matcher.group(1);
        }
        return id;
    }

    private static byte[] render(String variant) {
        return Fixtures.press().render(new RenderRequest(Fixtures.KIND, variant, Format.PDF,
                Fixtures.data(Fixtures.REFERENCE))).bytes();
    }
}
