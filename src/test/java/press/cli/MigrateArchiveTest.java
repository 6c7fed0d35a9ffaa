package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.testing.ArchiveRecords.record;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveQuery;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.PostgresArchive;
import press.archive.Sha256;
import press.testing.PostgresDatabase;

/** {@code migrate-archive} copies every record with its id, link and verified file, and can be run again after an interruption. */
class MigrateArchiveTest {

    @TempDir
    Path directory;

    @Test
    void everyRecordArrivesWithItsFileAndASecondRunCopiesNothing() {
        try (PostgresDatabase database = new PostgresDatabase();
             ArchiveStore sqlite = ArchiveStore.open(directory);
             PostgresArchive postgres = database.archive()) {
            for (int i = 0; i < 7; i++) {
                sqlite.store(record("2020-0" + (1 + i % 3), "正文" + i));
            }
            // an interrupted run copied the first two
            postgres.copy(sqlite.find(1).orElseThrow(), sqlite.file(sqlite.find(1).orElseThrow()), null);
            postgres.copy(sqlite.find(2).orElseThrow(), sqlite.file(sqlite.find(2).orElseThrow()), null);
            assertTrue(run(sqlite, postgres).startsWith("migrated 5 records (2 were there already)"));
            for (long id = 1; id <= 7; id++) {
                ArchivedDocument before = sqlite.find(id).orElseThrow();
                ArchivedDocument after = postgres.find(id).orElseThrow();
                assertEquals(before, after);
                assertEquals(before.sha256(), Sha256.hex(postgres.file(after)));
            }
            assertTrue(run(sqlite, postgres).startsWith("migrated 0 records (7 were there already)"));
            ArchivedDocument next = postgres.store(record("2020-01", "更正"));
            assertEquals(8, next.id(), "new records continue after the copied ids");
            assertEquals(7, next.supersedes(), "and supersede the copied period's current record");
            assertEquals(List.of(8L, 6L, 5L), postgres.list(ArchiveQuery.latest(10)).records().stream()
                    .map(ArchivedDocument::id).toList());
        }
    }

    private static String run(ArchiveStore source, PostgresArchive target) {
        StringWriter out = new StringWriter();
        int status = MigrateArchiveCommand.migrate(source, target, new PrintWriter(out, true),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, out.toString());
        return out.toString();
    }

}
