package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.archive.AuditQuery;
import press.testing.Fixtures;

/** {@code render --archive} publishes as the command line, and the audit trail says so, with the record's hash. */
class RenderArchiveAuditTest {

    @TempDir
    Path data;

    @Test
    void aPublicationFromTheCommandLineIsAuditedWithItsHash() {
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "render", "--archive",
                "--data-dir", data.toString(), "-o", data.resolve("out.pdf").toString(),
                Fixtures.fixture(Fixtures.REFERENCE).resolve("data.json").toString());
        assertEquals(0, status, err.toString());
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            var published = archive.audit().read(new AuditQuery(null, AuditEvent.PUBLISHED, null, null, 10));
            assertEquals(1, published.size());
            assertTrue(published.get(0).person().startsWith("command-line:"));
            assertEquals(archive.find(1).orElseThrow().sha256(), published.get(0).sha256());
        }
    }
}
