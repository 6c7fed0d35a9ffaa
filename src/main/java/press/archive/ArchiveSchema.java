package press.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The archive's tables, created and migrated at start by {@code PRAGMA user_version}: each
 * migration runs once, in order, in a transaction.
 */
final class ArchiveSchema {

    /** Migration n brings the schema from version n to n + 1. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE documents (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              template TEXT NOT NULL, variant TEXT NOT NULL, format TEXT NOT NULL,
              title TEXT NOT NULL, region TEXT NOT NULL, period TEXT NOT NULL,
              issuer TEXT NOT NULL, issued TEXT NOT NULL, created_at TEXT NOT NULL,
              sha256 TEXT NOT NULL, size INTEGER NOT NULL,
              supersedes INTEGER REFERENCES documents(id),
              data TEXT NOT NULL, text TEXT NOT NULL)""",
            "CREATE INDEX documents_by_period ON documents(template, region, period)",
            "CREATE INDEX documents_by_supersedes ON documents(supersedes)",
            "CREATE INDEX documents_by_sha256 ON documents(sha256)",
            """
            CREATE VIRTUAL TABLE documents_text USING fts5(title, text, content='documents', content_rowid='id',
              tokenize='trigram')""",
            """
            CREATE TRIGGER documents_indexed AFTER INSERT ON documents BEGIN
              INSERT INTO documents_text(rowid, title, text) VALUES (new.id, new.title, new.text);
            END""",
            """
            CREATE TRIGGER documents_never_updated BEFORE UPDATE ON documents BEGIN
              SELECT RAISE(ABORT, 'the archive is append-only: records are never changed');
            END""",
            """
            CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents BEGIN
              SELECT RAISE(ABORT, 'the archive is append-only: records are never deleted');
            END"""));

    private ArchiveSchema() {
    }

    static void migrate(Connection db) throws SQLException {
        int version;
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > MIGRATIONS.size()) {
            throw new SQLException("the archive's schema version " + version + " is newer than this program's "
                    + MIGRATIONS.size());
        }
        for (int v = version; v < MIGRATIONS.size(); v++) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                for (String sql : MIGRATIONS.get(v)) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + (v + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }
}
