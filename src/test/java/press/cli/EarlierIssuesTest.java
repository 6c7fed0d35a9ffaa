package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;

/** {@code render} and {@code lint} take the earlier issues as files ({@code --previous}) or from an archive folder. */
class EarlierIssuesTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String may() {
        return Fixtures.fixture(Fixtures.REFERENCE).resolve("data.json").toString();
    }

    private static String june() {
        return Fixtures.root().resolve("templates/gov-service-monthly/example.json").toString();
    }

    @Test
    void renderWithThePreviousIssueAsAFileWordsTheChanges() throws IOException {
        Path pdf = folder.resolve("june.pdf");
        assertEquals(0, run("render", june(), "--previous", may(), "-o", pdf.toString()), err.toString());
        String text = new ExtractedPdf(Files.readAllBytes(pdf)).text().replaceAll("\\s+", "");
        assertTrue(text.contains("（环比增长1.9%）"), text);
    }

    @Test
    void lintFindsThePreviousIssueInAnArchiveFolder() throws IOException {
        Path archive = folder.resolve("archive");
        assertEquals(0, run("render", may(), "--archive", "--data-dir", archive.toString(), "-o",
                folder.resolve("may.pdf").toString()), err.toString());
        var june = Fixtures.data(Fixtures.REFERENCE);
        june.put("period", "2020-06");
        Path file = folder.resolve("june.json");
        Files.writeString(file, june.toString());
        assertEquals(0, run("lint", file.toString(), "--compare-archive", archive.toString()), err.toString());
        assertTrue(out.toString().contains("sameAsPrevious") || out.toString().contains("与上期（2020-05）相同"), out.toString());
    }
}
