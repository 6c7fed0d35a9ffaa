package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.testing.ArchiveRecords.record;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.NewRecord;
import press.archive.PostgresArchive;
import press.archive.Sha256;
import press.testing.PostgresDatabase;

/**
 * {@code backup} copies an archive into a new directory and {@code restore} brings it back into
 * an empty archive, every record with its id and successor link, every file's SHA-256 verified;
 * an archive with a damaged file is not backed up, and a restore never writes over records.
 */
class BackupRestoreTest {

    @TempDir
    Path directory;

    private static String[] run(String... args) {
        return CommandLine.once(args);
    }


    /** Five records, the fourth with an OFD-A copy beside its PDF, which a backup carries too. */
    private static void fill(ArchiveStore archive) {
        for (int i = 0; i < 5; i++) {
            NewRecord record = record("2020-0" + (1 + i % 2), "正文" + i);
            archive.store(i != 3 ? record : new NewRecord(record.template(), record.variant(), record.format(),
                    record.metadata(), record.bytes(), record.data(), record.text(),
                    ("PK OFD-A 正文" + i).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void assertSameRecords(ArchiveStore expected, ArchiveStore actual) {
        List<Long> ids = ArchiveCopy.ids(expected);
        assertEquals(ids, ArchiveCopy.ids(actual));
        for (long id : ids) {
            ArchivedDocument before = expected.find(id).orElseThrow();
            ArchivedDocument after = actual.find(id).orElseThrow();
            assertEquals(before, after);
            assertEquals(before.sha256(), Sha256.hex(actual.file(after)));
            if (before.hasOfd()) {
                assertEquals(before.ofdSha256(), Sha256.hex(actual.ofd(after)));
            }
        }
        assertTrue(ids.stream().anyMatch(id -> actual.find(id).orElseThrow().hasOfd()), "an OFD-A copy came along");
    }

    @Test
    void anEmbeddedArchiveIsBackedUpAndRestoredRecordForRecord() {
        Path data = directory.resolve("data");
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            fill(archive);
        }
        Path backup = directory.resolve("backup");
        String[] backedUp = run("backup", "--data-dir", data.toString(), "--to", backup.toString());
        assertEquals("0", backedUp[0], backedUp[2]);
        assertTrue(backedUp[1].contains("every file's SHA-256 verified"), backedUp[1]);
        Path restored = directory.resolve("restored");
        String[] back = run("restore", "--from", backup.toString(), "--data-dir", restored.toString());
        assertEquals("0", back[0], back[2]);
        try (ArchiveStore original = ArchiveStore.open(data); ArchiveStore copy = ArchiveStore.open(restored)) {
            assertSameRecords(original, copy);
            assertEquals(6, copy.store(record("2020-01", "更正")).id(), "new records continue after the restored ids");
        }
        String[] again = run("restore", "--from", backup.toString(), "--data-dir", restored.toString());
        assertEquals("2", again[0]);
        assertTrue(again[2].contains("restore only into an empty one"), again[2]);
        assertEquals("2", run("backup", "--data-dir", data.toString(), "--to", backup.toString())[0], "not over a backup");
    }

    @Test
    void anArchiveWithADamagedFileIsNotBackedUp() throws IOException {
        Path data = directory.resolve("data");
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            fill(archive);
        }
        try (Stream<Path> files = Files.walk(data.resolve("files"))) {
            Path file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.write(file, "altered".getBytes(StandardCharsets.UTF_8));
        }
        String[] backedUp = run("backup", "--data-dir", data.toString(), "--to", directory.resolve("backup").toString());
        assertEquals("1", backedUp[0], backedUp[1]);
        assertTrue(backedUp[2].contains("integrity"), backedUp[2]);
    }

    @Test
    void aPostgresArchiveIsBackedUpIntoADirectoryAndRestoredIntoAnEmptyDatabase() {
        StringWriter out = new StringWriter();
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (PostgresDatabase first = new PostgresDatabase(); PostgresArchive source = first.archive()) {
            fill(source);
            try (ArchiveStore backup = ArchiveStore.open(directory.resolve("backup"))) {
                assertEquals(0, ArchiveCopy.copy(source, backup, "backed up", new PrintWriter(out, true), err));
                try (PostgresDatabase second = new PostgresDatabase(); PostgresArchive target = second.archive()) {
                    assertEquals(0, ArchiveCopy.copy(backup, target, "restored", new PrintWriter(out, true), err));
                    assertSameRecords(source, target);
                }
            }
        }
    }
}
