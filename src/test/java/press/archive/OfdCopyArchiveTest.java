package press.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.failure.Failure;
import press.failure.Reason;
import press.model.Metadata;
import press.testing.PostgresDatabase;

/**
 * The OFD-A copy beside a record's PDF/A: archives of schema version 2 (chained, without
 * copies) migrate and still read, their chain unchanged, new records with a copy chained on;
 * a copy altered on disk is found by the integrity check and never served.
 */
class OfdCopyArchiveTest {

    @TempDir
    Path directory;

    private static NewRecord withCopy(String period, byte[] ofd) {
        return new NewRecord("gov-service-monthly", "jianbao", "pdf",
                new Metadata("全州政务服务工作概况", "阿坝州", period, "阿坝州政府政务服务中心办公室", "2020-06-10"),
                ArchiveContractTest.pdf(period), "{}", period, ofd);
    }

    private static byte[] ofd(String marker) {
        return ("PK OFD-A " + marker).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSqliteArchiveOfVersion2ReadsAsBeforeAndChainsRecordsWithACopyOn() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"))) {
            ArchiveSchema.migrate(db, 1);
            ChainMigrationTest.insertVersion1(db, new FileStore(directory)::put);
            ArchiveSchema.migrate(db, 2);
        }
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            assertTrue(archive.integrity().consistent(), archive.integrity().toString());
            ArchivedDocument old = archive.find(1).orElseThrow();
            assertFalse(old.hasOfd());
            assertNull(old.phrasesSha256(), "a record from before names no phrases");
            assertEquals(ArchiveContractTest.pdf("五月").length, archive.file(old).length);
            Failure none = assertThrows(Failure.class, () -> archive.ofd(old));
            assertEquals(Reason.NOT_FOUND, none.reason());
            ArchivedDocument next = archive.store(withCopy("2020-07", ofd("七月")));
            assertTrue(next.hasOfd());
            assertArrayEquals(ofd("七月"), archive.ofd(next));
            assertEquals(Sha256.hex(ofd("七月")), next.ofdSha256());
            IntegrityReport report = archive.check();
            assertTrue(report.consistent(), report.toString());
            assertEquals(4, report.head().seq());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"))) {
            assertEquals(List.of(1L, 2L, 3L, 4L), ChainMigrationTest.sequenceByIds(db));
        }
    }

    @Test
    void aPostgresArchiveOfVersion2MigratesByOneStepAndChainsRecordsWithACopyOn() throws SQLException {
        try (PostgresDatabase database = new PostgresDatabase()) {
            try (Connection db = database.connect()) {
                PostgresSchema.migrate(db, null, 1);
                ChainMigrationTest.insertVersion1(db, (bytes, format) -> {
                    String sha = Sha256.hex(bytes);
                    try (PreparedStatement file = db.prepareStatement("INSERT INTO files VALUES (?, ?, ?)")) {
                        file.setString(1, sha);
                        file.setString(2, format);
                        file.setBytes(3, bytes);
                        file.executeUpdate();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return sha;
                });
                PostgresSchema.migrate(db, null, 2);
            }
            assertEquals(PostgresArchive.schemaVersion() - 2, PostgresArchive.initialize(database.url(), PostgresDatabase.USER,
                    PostgresDatabase.PASSWORD, PostgresDatabase.SERVICE_USER),
                    "every step after version 2: the OFD-A copy's columns, the office's tables");
            try (PostgresArchive archive = PostgresArchive.open(database.url(), PostgresDatabase.SERVICE_USER,
                    PostgresDatabase.SERVICE_PASSWORD)) {
                assertFalse(archive.find(3).orElseThrow().hasOfd());
                assertNull(archive.find(3).orElseThrow().phrasesSha256(), "a record from before names no phrases");
                ArchivedDocument next = archive.store(withCopy("2020-07", ofd("七月")));
                assertArrayEquals(ofd("七月"), archive.ofd(next));
                IntegrityReport report = archive.check();
                assertTrue(report.consistent(), report.toString());
                assertEquals(4, report.head().seq());
            }
        }
    }

    @Test
    void aCopyAlteredOnDiskIsFoundByTheCheckAndNeverServed() throws IOException {
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            ArchivedDocument record = archive.store(withCopy("2020-05", ofd("五月")));
            String sha = record.ofdSha256();
            Path file = directory.resolve("files").resolve(sha.substring(0, 2)).resolve(sha + ".ofd");
            assertTrue(Files.exists(file), "the copy is stored by its hash: " + file);
            Files.write(file, ofd("改"));
            IntegrityReport report = archive.check();
            assertEquals(List.of(record.id()), report.altered());
            Failure refused = assertThrows(Failure.class, () -> archive.ofd(record));
            assertEquals(Reason.ARCHIVE_CORRUPT, refused.reason());
        }
    }
}
