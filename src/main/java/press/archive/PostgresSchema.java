package press.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL archive's tables, created and migrated by their owner ({@code init-archive}),
 * never by the service: numbered steps recorded in {@code archive_schema}, each run once, in
 * order, in one transaction, under an advisory lock so that two runs at once migrate once. Our
 * own numbered scripts rather than Flyway: one table of two columns, and the SQLite archive's
 * migrations work the same way. The service's role gets SELECT and INSERT and nothing else: a
 * role that owns the tables can drop their append-only triggers and delete records unseen.
 */
final class PostgresSchema {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSchema.class);
    /** A key of our own for pg_advisory_xact_lock: "bulletin". */
    private static final long LOCK = 0x62756c6c6574696eL;

    /** A step: SQL, and Java where SQL cannot compute what it needs (the chain's SHA-256). */
    @FunctionalInterface
    private interface Step {
        void apply(Connection db) throws SQLException;
    }

    /** Step n brings the schema from version n to n + 1. */
    private static final List<Step> STEPS = List.of(sql(
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            """
            CREATE TABLE files (
              sha256 TEXT PRIMARY KEY, format TEXT NOT NULL, bytes BYTEA NOT NULL)""",
            """
            CREATE TABLE documents (
              id BIGSERIAL PRIMARY KEY,
              template TEXT NOT NULL, variant TEXT NOT NULL, format TEXT NOT NULL,
              title TEXT NOT NULL, region TEXT NOT NULL, period TEXT NOT NULL,
              issuer TEXT NOT NULL, issued TEXT NOT NULL, created_at TEXT NOT NULL,
              sha256 TEXT NOT NULL REFERENCES files(sha256), size BIGINT NOT NULL,
              supersedes BIGINT UNIQUE REFERENCES documents(id),
              data TEXT NOT NULL, text TEXT NOT NULL)""",
            // a period's first record and each record's successor are unique: of two nodes
            // publishing the same period at once, one commits and the other supersedes it
            """
            CREATE UNIQUE INDEX documents_first_of_period ON documents(template, region, period)
              WHERE supersedes IS NULL AND period <> ''""",
            "CREATE INDEX documents_by_period ON documents(template, region, period)",
            "CREATE INDEX documents_text_trigrams ON documents USING gin (text gin_trgm_ops)",
            "CREATE INDEX documents_title_trigrams ON documents USING gin (title gin_trgm_ops)",
            """
            CREATE FUNCTION archive_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'the archive is append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
            END $$""",
            """
            CREATE TRIGGER documents_append_only BEFORE UPDATE OR DELETE ON documents
              FOR EACH ROW EXECUTE FUNCTION archive_append_only()""",
            """
            CREATE TRIGGER documents_never_truncated BEFORE TRUNCATE ON documents
              FOR EACH STATEMENT EXECUTE FUNCTION archive_append_only()""",
            """
            CREATE TRIGGER files_append_only BEFORE UPDATE OR DELETE ON files
              FOR EACH ROW EXECUTE FUNCTION archive_append_only()""",
            """
            CREATE TRIGGER files_never_truncated BEFORE TRUNCATE ON files
              FOR EACH STATEMENT EXECUTE FUNCTION archive_append_only()"""),
            PostgresSchema::chain,
            // version 3: an OFD-A copy beside a record's PDF/A, its bytes in files; records from before have none
            sql("ALTER TABLE documents ADD COLUMN ofd_sha256 TEXT REFERENCES files(sha256), ADD COLUMN ofd_size BIGINT"),
            // version 4: the office's accounts, sessions, audit trail and withdrawals ({@link OfficeTables})
            sql(OfficeTables.postgres().toArray(String[]::new)),
            // version 5: drafts, the steps of the procedure and the 发文字号 register ({@link DraftTables})
            PostgresSchema::drafts,
            // version 6: the SHA-256 of the phrases a record was rendered with; records from before have none
            sql("ALTER TABLE documents ADD COLUMN phrases_sha256 TEXT"));

    private PostgresSchema() {
    }

    private static Step sql(String... statements) {
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
     * there before chained in the order of their ids, with the rule against UPDATE lifted for this
     * transaction only; the heads of whole chains the checks saw.
     */
    private static void chain(Connection db) throws SQLException {
        sql("ALTER TABLE documents ADD COLUMN seq BIGINT, ADD COLUMN chain TEXT",
                "ALTER TABLE documents DISABLE TRIGGER documents_append_only").apply(db);
        RecordChain.chainExisting(db);
        sql("ALTER TABLE documents ENABLE TRIGGER documents_append_only",
                "ALTER TABLE documents ALTER COLUMN seq SET NOT NULL, ALTER COLUMN chain SET NOT NULL",
                "CREATE UNIQUE INDEX documents_by_seq ON documents(seq)",
                "CREATE TABLE archive_checkpoints (seq BIGINT NOT NULL, chain TEXT NOT NULL, checked_at TEXT NOT NULL)",
                """
                CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE ON archive_checkpoints
                  FOR EACH ROW EXECUTE FUNCTION archive_append_only()""",
                """
                CREATE TRIGGER checkpoints_never_truncated BEFORE TRUNCATE ON archive_checkpoints
                  FOR EACH STATEMENT EXECUTE FUNCTION archive_append_only()""").apply(db);
    }

    /**
     * Version 5: drafts saved on the server, the steps of the procedure taken on them and the
     * 发文字号 register ({@link DraftTables}), append-only as the records are; the service may
     * only read and insert them (PostgresGrants).
     */
    private static void drafts(Connection db) throws SQLException {
        for (String table : DraftTables.TABLE_NAMES) {
            sql(DraftTables.TABLES.get(table),
                    "CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                            + " FOR EACH ROW EXECUTE FUNCTION archive_append_only()",
                    "CREATE TRIGGER " + table + "_never_truncated BEFORE TRUNCATE ON " + table
                            + " FOR EACH STATEMENT EXECUTE FUNCTION archive_append_only()").apply(db);
        }
    }

    /** Connects as the owner and migrates; see {@link PostgresArchive#initialize}. */
    static int initialize(String url, String owner, String password, String serviceRole) {
        Properties properties = new Properties();
        if (owner != null) {
            properties.setProperty("user", owner);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "10");
        try (Connection db = DriverManager.getConnection(url, properties)) {
            int applied = migrate(db, serviceRole);
            warnWithoutCjkTrigrams(db);
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot initialize the archive at " + url + ": " + e.getMessage(), e);
        }
    }

    /** pg_trgm takes the characters LC_CTYPE calls alphanumeric: under some, CJK makes no trigrams and search scans. */
    static void warnWithoutCjkTrigrams(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT cardinality(show_trgm('政务服务'))")) {
            if (rs.next() && rs.getInt(1) == 0) {
                LOG.warn("the archive database's character type makes no trigrams of CJK characters: Chinese search "
                        + "cannot use its index; create the database with LC_CTYPE 'C.UTF-8'");
            }
        }
    }

    static int version() {
        return STEPS.size();
    }

    /**
     * Brings the schema to this program's version as its owner (the connected role) and grants
     * {@code serviceRole} what the service needs; how many steps ran.
     */
    static int migrate(Connection db, String serviceRole) throws SQLException {
        return migrate(db, serviceRole, STEPS.size());
    }

    /** Migrates up to {@code target}, granting nothing without a service role: tests make archives as older programs left them. */
    static int migrate(Connection db, String serviceRole, int target) throws SQLException {
        int applied;
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            statement.execute("CREATE TABLE IF NOT EXISTS archive_schema (version INTEGER PRIMARY KEY, "
                    + "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            int version;
            try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM archive_schema")) {
                rs.next();
                version = rs.getInt(1);
            }
            if (version > STEPS.size()) {
                throw new SQLException("the archive's schema version " + version + " is newer than this program's "
                        + STEPS.size());
            }
            for (int v = version; v < target; v++) {
                STEPS.get(v).apply(db);
                statement.execute("INSERT INTO archive_schema (version) VALUES (" + (v + 1) + ")");
            }
            applied = Math.max(0, target - version);
            if (serviceRole != null) {
                PostgresGrants.grant(db, serviceRole);
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return applied;
    }

    /** Refuses a schema that {@code init-archive} has not brought to this program's version. */
    static void requireCurrent(Connection db) throws SQLException {
        int version;
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM archive_schema")) {
            rs.next();
            version = rs.getInt(1);
        } catch (SQLException e) {
            throw new SQLException(switch (String.valueOf(e.getSQLState())) {
                case "42P01" -> "the database holds no archive: create it with init-archive as the tables' owner";
                case "42501" -> "this role may not read the archive: run init-archive --service-role "
                        + "<this role> as the tables' owner";
                default -> e.getMessage();
            }, e.getSQLState(), e);
        }
        if (version != STEPS.size()) {
            throw new SQLException("the archive's schema is at version " + version + ", this program's is " + STEPS.size()
                    + (version < STEPS.size() ? ": run init-archive as the tables' owner to migrate it"
                    : ": run a newer program"));
        }
    }
}
