package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

    private final CommandLine cli = new CommandLine();

    private static String may() {
        return Fixtures.fixture(Fixtures.REFERENCE).resolve("data.json").toString();
    }

    private static String june() {
        return Fixtures.root().resolve("templates/gov-service-monthly/example.json").toString();
    }

    @Test
    void renderWithThePreviousIssueAsAFileWordsTheChanges() throws IOException {
        Path pdf = folder.resolve("june.pdf");
        assertEquals(0, cli.run("render", june(), "--previous", may(), "-o", pdf.toString()), cli.err());
        String text = new ExtractedPdf(Files.readAllBytes(pdf)).text().replaceAll("\\s+", "");
        assertTrue(text.contains("（环比增长1.9%）"), text);
    }

    @Test
    void lintFindsThePreviousIssueInAnArchiveFolder() throws IOException {
        Path archive = folder.resolve("archive");
        assertEquals(0, cli.run("render", may(), "--archive", "--data-dir", archive.toString(), "-o",
                folder.resolve("may.pdf").toString()), cli.err());
        var june = Fixtures.data(Fixtures.REFERENCE);
        june.put("period", "2020-06");
        Path file = folder.resolve("june.json");
        Files.writeString(file, june.toString());
        assertEquals(0, cli.run("lint", file.toString(), "--compare-archive", archive.toString()), cli.err());
        assertTrue(cli.out().contains("sameAsPrevious") || cli.out().contains("与上期（2020-05）相同"), cli.out());
    }
}
