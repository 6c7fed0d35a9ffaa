package press.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The PostgreSQL archive's inserts, search, integrity scan and record copies. */
final class PostgresRows {

    private PostgresRows() {
    }

    /**
     * Records whose text or title holds the terms, newest first. ILIKE over pg_trgm's GIN
     * indexes: terms of three or more characters are looked up by their trigrams, shorter ones
     * scan; both match as the SQLite archive does (substrings, Latin letters in either case).
     */
    static List<SearchHit> search(Connection db, String terms, int limit) throws SQLException {
        String term = terms.strip();
        if (term.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT " + ArchiveRows.COLUMNS + ", d.text FROM documents d "
                + "WHERE d.text ILIKE ? OR d.title ILIKE ? ORDER BY d.id DESC LIMIT ?")) {
            String like = ArchiveRows.anywhere(term);
            select.setString(1, like);
            select.setString(2, like);
            select.setInt(3, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(ArchiveRows.document(rs, false), ArchiveRows.snippet(rs.getString("text"), term)));
                }
            }
        }
        return hits;
    }

    /** Stores the file unless it is there, then the record superseding the current one of its period; its id. */
    static long insert(Connection db, NewRecord record, String sha) throws SQLException {
        try (PreparedStatement file = db.prepareStatement("INSERT INTO files (sha256, format, bytes) VALUES (?, ?, ?) "
                + "ON CONFLICT (sha256) DO NOTHING")) {
            file.setString(1, sha);
            file.setString(2, record.format());
            file.setBytes(3, record.bytes());
            file.executeUpdate();
        }
        var m = record.metadata();
        // past the sequence and past any id migrate-archive copied in: the service may not set the
        // sequence (UPDATE on it could set it back), only draw from it
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO documents (id, template, variant, format, title, "
                + "region, period, issuer, issued, created_at, sha256, size, supersedes, data, text) VALUES ("
                + "GREATEST(nextval('" + PostgresGrants.SEQUENCE + "'), (SELECT COALESCE(MAX(id), 0) + 1 FROM documents)), "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT MAX(id) FROM documents WHERE template = ? AND region = ? "
                + "AND period = ? AND period <> ''), ?, ?) RETURNING id")) {
            int i = 1;
            for (String value : new String[] {record.template(), record.variant(), record.format(), m.title(), m.region(),
                    m.period(), m.issuer(), m.issued(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), sha}) {
                insert.setString(i++, value);
            }
            insert.setLong(i++, record.bytes().length);
            insert.setString(i++, record.template());
            insert.setString(i++, m.region());
            insert.setString(i++, m.period());
            insert.setString(i++, record.data());
            insert.setString(i, record.text());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Hashes every stored file in the database and compares it with the records that name it:
     * records without their file go to {@code missing}, with another file to {@code altered};
     * files no record names to {@code orphans}. Returns how many records there are.
     */
    static long scan(Connection db, List<Long> missing, List<Long> altered, List<String> orphans) throws SQLException {
        long count = 0;
        try (Statement statement = db.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT d.id, d.sha256, encode(sha256(f.bytes), 'hex') "
                    + "FROM documents d LEFT JOIN files f ON f.sha256 = d.sha256 ORDER BY d.id")) {
                while (rs.next()) {
                    count++;
                    String actual = rs.getString(3);
                    if (actual == null) {
                        missing.add(rs.getLong(1));
                    } else if (!actual.equals(rs.getString(2))) {
                        altered.add(rs.getLong(1));
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT f.sha256 FROM files f WHERE NOT EXISTS "
                    + "(SELECT 1 FROM documents d WHERE d.sha256 = f.sha256) ORDER BY f.sha256")) {
                while (rs.next()) {
                    orphans.add(rs.getString(1));
                }
            }
        }
        return count;
    }

    /** Inserts a record with its own id and its file if not there; new records' ids continue past it ({@link #insert}). */
    static void copy(Connection db, ArchivedDocument d, byte[] bytes) throws SQLException {
        try (PreparedStatement file = db.prepareStatement("INSERT INTO files (sha256, format, bytes) VALUES (?, ?, ?) "
                + "ON CONFLICT (sha256) DO NOTHING")) {
            file.setString(1, d.sha256());
            file.setString(2, d.format());
            file.setBytes(3, bytes);
            file.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO documents (id, template, variant, format, title, "
                + "region, period, issuer, issued, created_at, sha256, size, supersedes, data, text) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, d.id());
            int i = 2;
            for (String value : new String[] {d.template(), d.variant(), d.format(), d.title(), d.region(), d.period(),
                    d.issuer(), d.issued(), d.createdAt(), d.sha256()}) {
                insert.setString(i++, value);
            }
            insert.setLong(i++, d.size());
            if (d.supersedes() == null) {
                insert.setNull(i++, Types.BIGINT);
            } else {
                insert.setLong(i++, d.supersedes());
            }
            insert.setString(i++, d.data());
            insert.setString(i, d.text());
            insert.executeUpdate();
        }
    }
}
