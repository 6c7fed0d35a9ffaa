package press.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.testing.BothArchives;

/**
 * Records deleted or altered behind the archive's back, by someone who can lift the append-only
 * rule (SQL on the SQLite file; the tables' owner in PostgreSQL), are found by the integrity
 * check: a gap in the numbers, a link of the hash chain that no longer follows.
 */
class ArchiveChainTest {

    @TempDir
    Path directory;
    @RegisterExtension
    final BothArchives archives = new BothArchives();

    private ArchiveStore open(String backend) {
        return archives.open(backend, directory);
    }

    /** As a tampering administrator would: lifts the rule for one statement and puts it back. */
    private void behindItsBack(String backend, String sql) throws SQLException {
        if (backend.equals("sqlite")) {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"));
                 Statement statement = db.createStatement()) {
                statement.execute("DROP TRIGGER documents_never_updated");
                statement.execute("DROP TRIGGER documents_never_deleted");
                statement.execute(sql);
            }
        } else {
            try (Connection db = archives.database().connect(); Statement statement = db.createStatement()) {
                statement.execute("ALTER TABLE documents DISABLE TRIGGER documents_append_only");
                statement.execute(sql);
                statement.execute("ALTER TABLE documents ENABLE TRIGGER documents_append_only");
            }
        }
    }

    private static List<ArchivedDocument> storeFour(ArchiveStore archive) {
        List<ArchivedDocument> stored = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            stored.add(archive.store(ArchiveContractTest.record("2020-0" + i, "第" + i + "份", ArchiveContractTest.pdf("n" + i))));
        }
        return stored;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aRecordDeletedBehindTheArchivesBackIsReportedAsAGapAndABrokenLink(String backend) throws SQLException {
        try (ArchiveStore archive = open(backend)) {
            List<ArchivedDocument> stored = storeFour(archive);
            IntegrityReport before = archive.check();
            assertTrue(before.consistent(), before.toString());
            assertEquals(4, before.head().seq());

            behindItsBack(backend, "DELETE FROM documents WHERE id = " + stored.get(1).id());
            IntegrityReport after = archive.check();
            assertEquals(List.of(new SequenceGap(2, 2)), after.missingRecords());
            assertEquals(List.of(stored.get(2).id()), after.brokenChain(), "the record after the gap no longer follows");
            assertEquals(List.of(), after.missing(), "no file is missing: the record is");
            assertFalse(after.consistent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aRecordAlteredBehindTheArchivesBackBreaksTheChainAtThatRecordOnly(String backend) throws SQLException {
        try (ArchiveStore archive = open(backend)) {
            List<ArchivedDocument> stored = storeFour(archive);
            behindItsBack(backend, "UPDATE documents SET text = '改过的正文' WHERE id = " + stored.get(2).id());
            IntegrityReport report = archive.check();
            assertEquals(List.of(stored.get(2).id()), report.brokenChain());
            assertEquals(List.of(), report.missingRecords());
            assertFalse(report.consistent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void deletingTheNewestRecordsLeavesNoGapButTheLastCheckpointFindsThem(String backend) throws SQLException {
        try (ArchiveStore archive = open(backend)) {
            List<ArchivedDocument> stored = storeFour(archive);
            assertTrue(archive.check().consistent());
            behindItsBack(backend, "DELETE FROM documents WHERE id >= " + stored.get(2).id());
            IntegrityReport report = archive.check();
            assertEquals(List.of(new SequenceGap(3, 4)), report.missingRecords());
            assertEquals(2, report.head().seq());
            assertFalse(report.consistent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aCorrectionContinuesTheChainAndTheCheckFindsItWhole(String backend) {
        try (ArchiveStore archive = open(backend)) {
            storeFour(archive);
            ChainHead head = archive.check().head();
            archive.store(ArchiveContractTest.record("2020-04", "更正", ArchiveContractTest.pdf("corrected")));
            IntegrityReport report = archive.check();
            assertTrue(report.consistent(), report.toString());
            assertEquals(head.seq() + 1, report.head().seq());
        }
    }

    @Test
    void theScheduledCheckFindsADeletionWithoutAnyoneAskingForIt() throws Exception {
        try (ArchiveStore archive = open("sqlite")) {
            List<ArchivedDocument> stored = storeFour(archive);
            assertTrue(archive.integrity().consistent());
            try (IntegritySchedule schedule = IntegritySchedule.start(archive, Duration.ofMillis(50))) {
                behindItsBack("sqlite", "DELETE FROM documents WHERE id = " + stored.get(0).id());
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    while (archive.integrity().missingRecords().isEmpty()) {
                        Thread.sleep(20);
                    }
                });
            }
            assertEquals(List.of(new SequenceGap(1, 1)), archive.integrity().missingRecords());
            assertEquals(List.of(stored.get(1).id()), archive.integrity().brokenChain());
        }
    }

    /** The chain's encoding is part of the data format: this link must never change, or every stored chain breaks. */
    @Test
    void aRecordsLinkIsWhatTheDataFormatSaysItIs() {
        ArchivedDocument record = new ArchivedDocument(7, "gov-service-monthly", "jianbao", "pdf", "全州政务服务工作概况",
                "阿坝州", "2020-05", "阿坝州政府政务服务中心办公室", "2020-06-10", "2020-06-10T08:00:00Z", "ab".repeat(32), 1234,
                3L, null, "{\"period\":\"2020-05\"}", "松潘县");
        assertEquals("2033ff33f894d06bee9d489ae55ce3cb8e961037417cad572b83eedaab3a0ca8",
                RecordChain.link(RecordChain.GENESIS, 5, record));
    }
}
