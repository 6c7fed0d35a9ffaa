package press.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL while archiving leaves an archive that opens whole. */
@Tag("slow")
class CrashTest {

    @TempDir
    Path directory;

    @Test
    void killingAnArchivingProcessLosesNothingItCommitted() throws Exception {
        long committed = 0;
        for (int round = 0; round < 3; round++) {
            committed = Math.max(committed, killWhileArchiving(5 + round * 3));
            try (ArchiveStore archive = ArchiveStore.open(directory)) {
                IntegrityReport report = archive.integrity();
                assertTrue(report.consistent(), "missing " + report.missing() + ", altered " + report.altered());
                assertTrue(report.records() >= committed, report.records() + " records, " + committed + " reported committed");
                for (long id = 1; id <= committed; id++) {
                    ArchivedDocument record = archive.find(id).orElseThrow();
                    assertEquals(record.sha256(), Sha256.hex(archive.file(record)));
                }
                assertEquals(report.records(), archive.search("松潘县", 1000).size());
            }
        }
    }

    /** Starts a child that archives in a loop, kills it after it reports {@code records} commits; returns the last reported id. */
    private long killWhileArchiving(int records) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ArchivingChild.class.getName(), directory.toString()).redirectErrorStream(false).start();
        long last = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            for (String line = out.readLine(); line != null && seen < records; line = out.readLine()) {
                if (line.startsWith("stored ")) {
                    last = Long.parseLong(line.substring(7).strip());
                    seen++;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        assertTrue(last > 0, "the child archived nothing before it was killed");
        return last;
    }
}
