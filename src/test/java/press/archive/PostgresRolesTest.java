package press.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.testing.PostgresDatabase;

/**
 * The two roles of the PostgreSQL archive on a real server: the owner creates the tables, the
 * service reads and appends, and nothing the service can say lifts the append-only rule.
 */
class PostgresRolesTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void theServiceRoleCanNeitherDropTheTriggersNorAlterTheTablesNorDeleteOrChangeRecords() throws SQLException {
        try (PostgresDatabase database = new PostgresDatabase(); PostgresArchive archive = database.archive()) {
            ArchivedDocument stored = archive.store(ArchiveContractTest.record("2020-05", "正文", ArchiveContractTest.pdf("a")));
            try (Connection service = database.connectAsService(); Statement statement = service.createStatement()) {
                for (String sql : List.of(
                        "DROP TRIGGER documents_append_only ON documents",
                        "ALTER TABLE documents DISABLE TRIGGER documents_append_only",
                        "ALTER TABLE documents ADD COLUMN note TEXT",
                        "DELETE FROM documents WHERE id = " + stored.id(),
                        "UPDATE documents SET title = 'x' WHERE id = " + stored.id(),
                        "TRUNCATE documents",
                        "DROP TABLE documents",
                        "DELETE FROM files",
                        "ALTER TABLE files DISABLE TRIGGER files_append_only",
                        "SELECT setval('documents_id_seq', 1)",
                        "INSERT INTO archive_schema (version) VALUES (99)")) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                    assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
                }
            }
            assertEquals("全州政务服务工作概况", archive.find(stored.id()).orElseThrow().title());
            assertTrue(archive.check().consistent());
        }
    }

    @Test
    void theServiceRefusesToConnectAsTheTablesOwner() {
        try (PostgresDatabase database = new PostgresDatabase().initialized()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> PostgresArchive.open(database.url(), PostgresDatabase.USER, PostgresDatabase.PASSWORD));
            assertTrue(refused.getMessage().contains("owns the archive's tables"), refused.getMessage());
        }
    }

    @Test
    void theServiceRefusesADatabaseWhoseTablesTheOwnerHasNotCreated() {
        try (PostgresDatabase database = new PostgresDatabase()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> PostgresArchive.open(database.url(), PostgresDatabase.SERVICE_USER, PostgresDatabase.SERVICE_PASSWORD));
            assertTrue(refused.getMessage().contains("init-archive"), refused.getMessage());
        }
    }

    @Test
    void initializingRefusesTheOwnerAsTheServiceRoleAndCanBeRunAgain() {
        try (PostgresDatabase database = new PostgresDatabase()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> PostgresArchive.initialize(database.url(), PostgresDatabase.USER, PostgresDatabase.PASSWORD,
                            PostgresDatabase.USER));
            assertTrue(refused.getMessage().contains("must be neither the tables' owner"), refused.getMessage());
            assertEquals(PostgresArchive.schemaVersion(), PostgresArchive.initialize(database.url(), PostgresDatabase.USER,
                    PostgresDatabase.PASSWORD, PostgresDatabase.SERVICE_USER));
            assertEquals(0, PostgresArchive.initialize(database.url(), PostgresDatabase.USER, PostgresDatabase.PASSWORD,
                    PostgresDatabase.SERVICE_USER), "a second run finds nothing to migrate");
        }
    }
}
