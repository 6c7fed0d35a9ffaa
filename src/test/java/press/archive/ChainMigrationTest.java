package press.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.PostgresDatabase;

/**
 * Archives written before the hash chain keep working: the migration numbers their records in
 * the order of their ids and chains them, and new records go on from there.
 */
class ChainMigrationTest {

    /** How schema version 1 inserted a record, in both databases; (template, region, period) with the id it supersedes. */
    private static final String VERSION_1_INSERT = "INSERT INTO documents (template, variant, format, title, region, period, "
            + "issuer, issued, created_at, sha256, size, supersedes, data, text) VALUES ('gov-service-monthly', 'jianbao', "
            + "'pdf', '全州政务服务工作概况', '阿坝州', ?, '', '2020-06-10', '2020-06-10T08:00:00Z', ?, ?, ?, '{}', ?)";

    @TempDir
    Path directory;

    @Test
    void aSqliteArchiveFromBeforeTheChainIsChainedInTheOrderOfItsIds() throws SQLException {
        FileStore files = new FileStore(directory);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"))) {
            ArchiveSchema.migrate(db, 1);
            insertVersion1(db, files::put);
        }
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            IntegrityReport report = archive.integrity();
            assertTrue(report.consistent(), report.toString());
            assertEquals(3, report.head().seq());
            ArchivedDocument next = archive.store(ArchiveContractTest.record("2020-07", "七月", ArchiveContractTest.pdf("7")));
            assertEquals(4, next.id());
            assertEquals(4, archive.check().head().seq());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"))) {
            assertEquals(List.of(1L, 2L, 3L, 4L), sequenceByIds(db));
        }
    }

    @Test
    void aPostgresArchiveFromBeforeTheChainIsChainedByItsOwnersMigration() throws SQLException {
        try (PostgresDatabase database = new PostgresDatabase()) {
            try (Connection db = database.connect()) {
                PostgresSchema.migrate(db, null, 1);
                insertVersion1(db, (bytes, format) -> {
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
            }
            assertEquals(PostgresArchive.schemaVersion() - 1, PostgresArchive.initialize(database.url(), PostgresDatabase.USER,
                    PostgresDatabase.PASSWORD, PostgresDatabase.SERVICE_USER), "every step after the first: the chain, "
                    + "the OFD-A copy's columns, the office's tables, the drafts' tables, the phrases' version");
            try (PostgresArchive archive = PostgresArchive.open(database.url(), PostgresDatabase.SERVICE_USER,
                    PostgresDatabase.SERVICE_PASSWORD)) {
                IntegrityReport report = archive.check();
                assertTrue(report.consistent(), report.toString());
                assertEquals(3, report.head().seq());
                ArchivedDocument next = archive.store(ArchiveContractTest.record("2020-07", "七月", ArchiveContractTest.pdf("7")));
                assertEquals(4, next.id());
                assertEquals(4, archive.check().head().seq());
            }
            try (Connection db = database.connect()) {
                assertEquals(List.of(1L, 2L, 3L, 4L), sequenceByIds(db));
            }
        }
    }

    @FunctionalInterface
    interface Files {
        String put(byte[] bytes, String format);
    }

    /** Three records as version 1 left them, the third correcting the first. */
    static void insertVersion1(Connection db, Files files) throws SQLException {
        String[][] rows = {{"2020-05", "五月"}, {"2020-06", "六月"}, {"2020-05", "五月更正"}};
        try (PreparedStatement insert = db.prepareStatement(VERSION_1_INSERT)) {
            for (int i = 0; i < rows.length; i++) {
                byte[] bytes = ArchiveContractTest.pdf(rows[i][1]);
                insert.setString(1, rows[i][0]);
                insert.setString(2, files.put(bytes, "pdf"));
                insert.setLong(3, bytes.length);
                if (i == 2) {
                    insert.setLong(4, 1);
                } else {
                    insert.setNull(4, java.sql.Types.BIGINT);
                }
                insert.setString(5, rows[i][1]);
                insert.executeUpdate();
            }
        }
    }

    static List<Long> sequenceByIds(Connection db) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT seq FROM documents "
                + "ORDER BY id")) {
            while (rs.next()) {
                seqs.add(rs.getLong(1));
            }
        }
        return seqs;
    }
}
