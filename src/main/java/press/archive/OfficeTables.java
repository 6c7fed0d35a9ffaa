package press.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The office's tables beside the records (schema version 4 of both databases): accounts,
 * sessions and their events, the audit trail, withdrawals. All append-only, like the records:
 * a change is a new row, and triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL).
 * Times are milliseconds since the epoch.
 */
final class OfficeTables {

    /** The tables the service reads and appends to. */
    static final List<String> TABLES = List.of("account_users", "account_sessions", "account_session_events",
            "audit_events", "archive_withdrawals");
    /** The sequences of their ids on PostgreSQL, which the service draws from. */
    static final List<String> SEQUENCES = List.of("account_users_id_seq", "audit_events_id_seq");

    private OfficeTables() {
    }

    /** The tables' definitions; {@code serial} is how the dialect writes a growing id, {@code integer} a 64-bit number. */
    private static List<String> tables(String serial, String integer) {
        return List.of(
                "CREATE TABLE account_users (id " + serial + ", name TEXT NOT NULL, roles TEXT NOT NULL, "
                        + "password TEXT NOT NULL, disabled INTEGER NOT NULL, changed_at " + integer + " NOT NULL, "
                        + "changed_by TEXT NOT NULL)",
                "CREATE INDEX account_users_by_name ON account_users(name, id)",
                "CREATE TABLE account_sessions (session_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
                        + "opened_at " + integer + " NOT NULL, address TEXT NOT NULL)",
                "CREATE TABLE account_session_events (session_hash TEXT NOT NULL REFERENCES account_sessions(session_hash), "
                        + "at " + integer + " NOT NULL, event TEXT NOT NULL)",
                "CREATE INDEX account_session_events_by_session ON account_session_events(session_hash, event, at)",
                "CREATE TABLE audit_events (id " + serial + ", at " + integer + " NOT NULL, person TEXT NOT NULL, "
                        + "address TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, sha256 TEXT NOT NULL, "
                        + "detail TEXT NOT NULL)",
                "CREATE INDEX audit_events_by_action ON audit_events(action, at)",
                "CREATE INDEX audit_events_by_person ON audit_events(person, at)",
                "CREATE INDEX audit_events_by_address ON audit_events(address, at)",
                "CREATE TABLE archive_withdrawals (document_id " + integer + " PRIMARY KEY REFERENCES documents(id), "
                        + "withdrawn_at " + integer + " NOT NULL, withdrawn_by TEXT NOT NULL, reason TEXT NOT NULL)");
    }

    static List<String> sqlite() {
        List<String> statements = new ArrayList<>(tables("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER"));
        for (String table : TABLES) {
            for (String operation : List.of("UPDATE", "DELETE")) {
                statements.add("CREATE TRIGGER " + table + "_never_" + operation.toLowerCase(java.util.Locale.ROOT)
                        + "d BEFORE " + operation + " ON " + table + " BEGIN SELECT RAISE(ABORT, 'the archive is "
                        + "append-only: " + table + " rows are never " + (operation.equals("UPDATE") ? "changed" : "deleted")
                        + "'); END");
            }
        }
        return statements;
    }

    static List<String> postgres() {
        List<String> statements = new ArrayList<>(tables("BIGSERIAL PRIMARY KEY", "BIGINT"));
        for (String table : TABLES) {
            statements.add("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION archive_append_only()");
            statements.add("CREATE TRIGGER " + table + "_never_truncated BEFORE TRUNCATE ON " + table
                    + " FOR EACH STATEMENT EXECUTE FUNCTION archive_append_only()");
        }
        return statements;
    }
}
