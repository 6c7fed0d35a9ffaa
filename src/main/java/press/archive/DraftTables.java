package press.archive;

import java.util.List;
import java.util.Map;

/**
 * The tables of drafts, their steps and the 发文字号 register (schema version 4), the same
 * columns and keys in SQLite and PostgreSQL; each schema adds its own append-only triggers.
 */
final class DraftTables {

    private DraftTables() {
    }

    /** The tables, for both schemas: their columns and keys, the same in SQLite and PostgreSQL. */
    static final Map<String, String> TABLES = Map.of(
            "draft_versions", """
                    CREATE TABLE draft_versions (
                      kind TEXT NOT NULL, region TEXT NOT NULL, period TEXT NOT NULL, version INTEGER NOT NULL,
                      variant TEXT, data TEXT NOT NULL, saved_at TEXT NOT NULL, saved_by TEXT NOT NULL,
                      address TEXT NOT NULL,
                      PRIMARY KEY (kind, region, period, version))""",
            "draft_events", """
                    CREATE TABLE draft_events (
                      kind TEXT NOT NULL, region TEXT NOT NULL, period TEXT NOT NULL, seq INTEGER NOT NULL,
                      step TEXT NOT NULL, version INTEGER NOT NULL, person TEXT NOT NULL, at TEXT NOT NULL,
                      address TEXT NOT NULL, comment TEXT NOT NULL, record_id BIGINT,
                      PRIMARY KEY (kind, region, period, seq))""",
            "document_numbers", """
                    CREATE TABLE document_numbers (
                      issuer TEXT NOT NULL, year INTEGER NOT NULL, number INTEGER NOT NULL,
                      kind TEXT NOT NULL, region TEXT NOT NULL, period TEXT NOT NULL,
                      assigned_at TEXT NOT NULL, assigned_by TEXT NOT NULL,
                      PRIMARY KEY (issuer, year, number))""");

    /** The tables in the order they are created. */
    static final List<String> TABLE_NAMES = List.of("draft_versions", "draft_events", "document_numbers");
}
