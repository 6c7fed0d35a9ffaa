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

    /** A migration: SQL, and Java where SQL cannot compute what it needs (the chain's SHA-256). */
    @FunctionalInterface
    private interface Migration {
        void apply(Connection db) throws SQLException;
    }

    private static final String NEVER_UPDATED = """
            CREATE TRIGGER documents_never_updated BEFORE UPDATE ON documents BEGIN
              SELECT RAISE(ABORT, 'the archive is append-only: records are never changed');
            END""";

    /** Migration n brings the schema from version n to n + 1. */
    private static final List<Migration> MIGRATIONS = List.of(sql(
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
            NEVER_UPDATED,
            """
            CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents BEGIN
              SELECT RAISE(ABORT, 'the archive is append-only: records are never deleted');
            END"""),
            ArchiveSchema::chain,
            // version 3: an OFD-A copy beside a record's PDF/A; records from before have none
            sql("ALTER TABLE documents ADD COLUMN ofd_sha256 TEXT", "ALTER TABLE documents ADD COLUMN ofd_size INTEGER"),
            // version 4: the office's accounts, sessions, audit trail and withdrawals ({@link OfficeTables})
            sql(OfficeTables.sqlite().toArray(String[]::new)),
            // version 5: drafts, the steps of the procedure and the 发文字号 register ({@link DraftTables})
            ArchiveSchema::drafts,
            // version 6: the SHA-256 of the phrases a record was rendered with; records from before have none
            sql("ALTER TABLE documents ADD COLUMN phrases_sha256 TEXT"));

    private ArchiveSchema() {
    }

    private static Migration sql(String... statements) {
        return db -> {
            try (Statement statement = db.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        };
    }

    /**
     * Version 2: records numbered without gaps and hash-chained ({@link RecordChain}), the records
     * there before chained in the order of their ids; the heads of whole chains the checks saw.
     */
    private static void chain(Connection db) throws SQLException {
        sql("ALTER TABLE documents ADD COLUMN seq INTEGER", "ALTER TABLE documents ADD COLUMN chain TEXT",
                "DROP TRIGGER documents_never_updated").apply(db);
        RecordChain.chainExisting(db);
        sql(NEVER_UPDATED, "CREATE UNIQUE INDEX documents_by_seq ON documents(seq)",
                "CREATE TABLE archive_checkpoints (seq INTEGER NOT NULL, chain TEXT NOT NULL, checked_at TEXT NOT NULL)",
                """
                CREATE TRIGGER checkpoints_never_changed BEFORE UPDATE ON archive_checkpoints BEGIN
                  SELECT RAISE(ABORT, 'the archive is append-only: checkpoints are never changed');
                END""",
                """
                CREATE TRIGGER checkpoints_never_deleted BEFORE DELETE ON archive_checkpoints BEGIN
                  SELECT RAISE(ABORT, 'the archive is append-only: checkpoints are never deleted');
                END""").apply(db);
    }

    /**
     * Version 5: drafts saved on the server, the steps of the procedure taken on them and the
     * 发文字号 register ({@link DraftTables}), append-only as the records are.
     */
    private static void drafts(Connection db) throws SQLException {
        for (String table : DraftTables.TABLE_NAMES) {
            sql(DraftTables.TABLES.get(table),
                    "CREATE TRIGGER " + table + "_never_updated BEFORE UPDATE ON " + table + " BEGIN\n"
                            + "  SELECT RAISE(ABORT, 'the archive is append-only: " + table + " rows are never changed');\nEND",
                    "CREATE TRIGGER " + table + "_never_deleted BEFORE DELETE ON " + table + " BEGIN\n"
                            + "  SELECT RAISE(ABORT, 'the archive is append-only: " + table + " rows are never deleted');\nEND")
                    .apply(db);
        }
    }

    static void migrate(Connection db) throws SQLException {
        migrate(db, MIGRATIONS.size());
    }

    /** Migrates up to {@code target}: tests make archives as older versions of this program left them. */
    static void migrate(Connection db, int target) throws SQLException {
        int version;
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > MIGRATIONS.size()) {
            throw new SQLException("the archive's schema version " + version + " is newer than this program's "
                    + MIGRATIONS.size());
        }
        for (int v = version; v < target; v++) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                MIGRATIONS.get(v).apply(db);
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
