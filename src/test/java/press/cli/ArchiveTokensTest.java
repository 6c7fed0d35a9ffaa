package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's token comes from a file or the environment, never from the command line anyone can read in ps. */
class ArchiveTokensTest {

    @TempDir
    Path directory;

    @Test
    void theTokenIsTheFilesFirstLineWithoutItsBlanks() throws Exception {
        Path file = Files.writeString(directory.resolve("token"), "  s3cret-token \n");
        assertEquals("s3cret-token", ArchiveTokens.read(file.toString(), "from-the-environment"));
    }

    @Test
    void withoutAFileTheEnvironmentGivesTheToken() throws ParseException {
        assertEquals("from-the-environment", ArchiveTokens.read("", "from-the-environment"));
        assertEquals("", ArchiveTokens.read("", ""), "no token: the archive is open to this machine only");
    }

    @Test
    void anEmptyMissingOrHugeFileIsAUsageErrorNamingIt() throws IOException {
        Path empty = Files.writeString(directory.resolve("empty"), "\n");
        Path huge = Files.writeString(directory.resolve("huge"), "x".repeat(10_000));
        for (Path file : new Path[] {empty, huge, directory.resolve("missing")}) {
            ParseException refused = assertThrows(ParseException.class, () -> ArchiveTokens.read(file.toString(), ""));
            assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        }
    }

    @Test
    void aTokenOnTheCommandLineIsRefusedBeforeAnythingStarts() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "serve", "--archive-token", "s3cret", "--port", "0");
        assertEquals(Failures.BAD_INPUT, code);
        assertTrue(err.toString().contains("--archive-token-file"), err.toString());
    }
}
