package press.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.people.Role;
import press.testing.BothArchives;
import press.testing.PostgresDatabase;

/** The office's rows beside the records, on both archives: appended, never changed; the latest version counts. */
class OfficeRowsTest {

    @TempDir
    Path directory;
    @RegisterExtension
    final BothArchives archives = new BothArchives();

    private ArchiveStore open(String backend) {
        return archives.open(backend, directory);
    }

    /** As the service's role would (or on SQLite, anyone): the rules are the database's own. */
    private Connection sql(String backend) throws SQLException {
        return backend.equals("sqlite") ? DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"))
                : archives.database().connectAsService();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aUserChangeIsANewVersionAndNoRowIsEverChangedOrDeleted(String backend) throws SQLException {
        try (ArchiveStore archive = open(backend)) {
            assertEquals(false, archive.accounts().any());
            archive.accounts().add("clerk", EnumSet.of(Role.DRAFTER), "a long password", "test");
            archive.accounts().changeRoles("clerk", EnumSet.of(Role.DRAFTER, Role.REVIEWER), "test");
            archive.accounts().disable("clerk", "test");
            assertTrue(archive.accounts().any());
            var clerk = archive.accounts().find("clerk").orElseThrow();
            assertTrue(clerk.disabled());
            assertEquals(EnumSet.of(Role.DRAFTER, Role.REVIEWER), clerk.roles());
            assertEquals(1, archive.accounts().list().size());
            archive.audit().record(new AuditEvent(Instant.now(), "clerk", "127.0.0.1", "login", "clerk", "", ""));
            archive.sessions().open("a".repeat(64), "clerk", Instant.now(), "127.0.0.1");
            archive.sessions().close("a".repeat(64), Instant.now());
            ArchivedDocument record = archive.store(ArchiveContractTest.record("2020-05", "正文", ArchiveContractTest.pdf("5")));
            archive.withdrawals().withdraw(new Withdrawal(record.id(), Instant.now(), "leader", "名单有误"));
            assertTrue(archive.sessions().find("a".repeat(64)).orElseThrow().closed());
            try (Connection db = sql(backend); Statement statement = db.createStatement()) {
                for (String table : OfficeTables.TABLES) {
                    assertThrows(SQLException.class, () -> statement.execute("DELETE FROM " + table), table);
                }
                assertThrows(SQLException.class, () -> statement.execute("UPDATE account_users SET disabled = 0"));
                assertThrows(SQLException.class, () -> statement.execute("UPDATE audit_events SET person = 'x'"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anArchiveOfVersion3GainsTheOfficeTablesTheDraftsAndThePhrasesVersionByThreeStepsWithoutAccounts(String backend) throws SQLException {
        if (backend.equals("sqlite")) {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"))) {
                ArchiveSchema.migrate(db, 3);
            }
        } else {
            archives.newDatabase();
            try (Connection db = archives.database().connect()) {
                PostgresSchema.migrate(db, null, 3);
            }
            assertEquals(3, PostgresArchive.initialize(archives.database().url(), PostgresDatabase.USER, PostgresDatabase.PASSWORD,
                    PostgresDatabase.SERVICE_USER), "three steps: the office's tables, the drafts' tables, the phrases' "
                    + "version");
        }
        try (ArchiveStore archive = backend.equals("sqlite") ? ArchiveStore.open(directory)
                : PostgresArchive.open(archives.database().url(), PostgresDatabase.SERVICE_USER, PostgresDatabase.SERVICE_PASSWORD)) {
            assertEquals(false, archive.accounts().any());
            archive.store(ArchiveContractTest.record("2020-05", "正文", ArchiveContractTest.pdf("5")));
            archive.audit().record(new AuditEvent(Instant.now(), "local", "127.0.0.1", "published", "1", "", ""));
            assertEquals(1, archive.audit().read(AuditQuery.all()).size());
            assertTrue(archive.check().consistent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aWithdrawnRecordLeavesListingAndSearchButKeepsItsPlaceInTheChain(String backend) {
        try (ArchiveStore archive = open(backend)) {
            ArchivedDocument kept = archive.store(ArchiveContractTest.record("2020-04", "四月的考勤", ArchiveContractTest.pdf("4")));
            ArchivedDocument gone = archive.store(ArchiveContractTest.record("2020-05", "五月的考勤", ArchiveContractTest.pdf("5")));
            Withdrawal first = archive.withdrawals().withdraw(new Withdrawal(gone.id(), Instant.now(), "leader", "名单有误"));
            assertEquals(first, archive.withdrawals().withdraw(new Withdrawal(gone.id(), Instant.now(), "admin", "再次")));
            assertEquals(1, archive.list(ArchiveQuery.latest(50)).total());
            assertEquals(kept.id(), archive.list(ArchiveQuery.latest(50)).records().get(0).id());
            assertEquals(1, archive.search("考勤", 10).size());
            assertEquals(2, archive.list(new ArchiveQuery(null, null, null, null, true, 50, 0, true)).total());
            assertTrue(archive.find(gone.id()).isPresent());
            assertTrue(archive.check().consistent());
        }
    }
}
