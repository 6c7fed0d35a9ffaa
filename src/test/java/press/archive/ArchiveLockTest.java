package press.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One SQLite data directory, one archive: a second one, in this process or another, is refused before it touches anything. */
class ArchiveLockTest {

    @TempDir
    Path directory;

    @Test
    void aSecondArchiveOnTheSameDirectoryInThisProcessIsRefusedUntilTheFirstCloses() throws IOException {
        try (ArchiveStore first = ArchiveStore.open(directory)) {
            first.store(ArchiveContractTest.record("2020-05", "正文", ArchiveContractTest.pdf("first")));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> ArchiveStore.open(directory.resolve(".")));
            assertTrue(refused.getMessage().contains(directory.toRealPath().toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("in use"), refused.getMessage());
            assertEquals(1, first.list(ArchiveQuery.latest(10)).total(), "the first archive goes on unharmed");
        }
        try (ArchiveStore again = ArchiveStore.open(directory)) {
            assertEquals(1, again.list(ArchiveQuery.latest(10)).total());
        }
    }

    @Test
    void anArchiveAnotherProcessHoldsIsRefusedAndItsFilesInFlightAreLeftAlone() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ArchivingChild.class.getName(), directory.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path inFlight = directory.resolve("tmp").resolve("0123abcd-publishing.part");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("stored "), "the child archives: " + line);
            Files.writeString(inFlight, "half of a publish the other process is writing");

            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ArchiveStore.open(directory));
            String message = refused.getMessage();
            assertTrue(message.contains(directory.toRealPath().toString()), message);
            assertTrue(message.contains("another process (pid " + child.pid() + ")"), message);
            assertTrue(Files.exists(inFlight), "a refused archive removes nothing of the other process's");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        try (ArchiveStore after = ArchiveStore.open(directory)) {
            assertTrue(after.integrity().temporaryFilesRemoved() >= 1, "once the holder is gone its leftovers are");
            assertTrue(Files.notExists(inFlight));
        }
    }
}
