package press.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The PostgreSQL archive's inserts, search, integrity scan and record copies. */
final class PostgresRows {

    private PostgresRows() {
    }

    /**
     * Records whose text or title holds every word of the terms, newest first. ILIKE over pg_trgm's GIN
     * indexes: terms of three or more characters are looked up by their trigrams, shorter ones
     * scan; both match as the SQLite archive does (substrings, Latin letters in either case).
     */
    static List<SearchHit> search(Connection db, String terms, int limit) throws SQLException {
        List<String> words = SearchTerms.words(terms);
        if (words.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT " + ArchiveRows.COLUMNS + ", d.text FROM documents d "
                + "WHERE " + SearchTerms.conditions(words.size(), "ILIKE") + Withdrawals.NOT_WITHDRAWN
                + " ORDER BY d.id DESC LIMIT ?")) {
            select.setInt(SearchTerms.bind(select, words, 1), limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(ArchiveRows.document(rs, false),
                            ArchiveRows.snippet(rs.getString("text"), words.get(0))));
                }
            }
        }
        return hits;
    }

    /** A key of our own for pg_advisory_xact_lock: "appendix", distinct from the migrations' key. */
    private static final long APPEND = 0x617070656e646978L;

    /** Stores the file unless it is there, then the record superseding the current one of its period; its id. */
    static long insert(Connection db, NewRecord record, String sha) throws SQLException {
        file(db, sha, record.format(), record.bytes());
        String ofdSha = null;
        if (record.ofd() != null) {
            ofdSha = Sha256.hex(record.ofd());
            file(db, ofdSha, ArchiveStore.OFD, record.ofd());
        }
        appending(db);
        long id;
        Long supersedes;
        var m = record.metadata();
        // past the sequence and past any id migrate-archive copied in: the service may not set the
        // sequence (UPDATE on it could set it back), only draw from it
        try (PreparedStatement next = db.prepareStatement("SELECT GREATEST(nextval('" + PostgresGrants.SEQUENCE + "'), "
                + "(SELECT COALESCE(MAX(id), 0) + 1 FROM documents)), (SELECT MAX(id) FROM documents WHERE template = ? "
                + "AND region = ? AND period = ? AND period <> '')")) {
            next.setString(1, record.template());
            next.setString(2, m.region());
            next.setString(3, m.period());
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
                long latest = rs.getLong(2);
                supersedes = rs.wasNull() ? null : latest;
            }
        }
        RecordChain.append(db, record.draft(id, sha, supersedes, ofdSha));
        return id;
    }

    /**
     * Waits for the other appends in progress, on any node, to commit: the chain's next number and
     * link are read from the last record, so appends go one at a time. Taken after the file is
     * written, so only the record's insert is serialized, never a file's transfer.
     */
    private static void appending(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + APPEND + ")");
        }
    }

    private static void file(Connection db, String sha, String format, byte[] bytes) throws SQLException {
        try (PreparedStatement file = db.prepareStatement("INSERT INTO files (sha256, format, bytes) VALUES (?, ?, ?) "
                + "ON CONFLICT (sha256) DO NOTHING")) {
            file.setString(1, sha);
            file.setString(2, format);
            file.setBytes(3, bytes);
            file.executeUpdate();
        }
    }

    /**
     * Hashes every stored file in the database and compares it with the records that name it:
     * records without their file go to {@code missing}, with another file to {@code altered};
     * files no record names to {@code orphans}; every record, in sequence order, to the chain.
     * Returns how many records there are. Rows arrive a hundred at a time, in one transaction.
     */
    static long scan(Connection db, ChainVerifier chain, List<Long> missing, List<Long> altered, List<String> orphans)
            throws SQLException {
        long count = 0;
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.setFetchSize(100);
            try (ResultSet rs = statement.executeQuery("SELECT " + RecordChain.WITH_PHRASES + ", d.seq, d.chain, "
                    + "encode(sha256(f.bytes), 'hex') AS actual, encode(sha256(o.bytes), 'hex') AS actual_ofd "
                    + "FROM documents d LEFT JOIN files f ON f.sha256 = d.sha256 LEFT JOIN files o ON o.sha256 = d.ofd_sha256 "
                    + "ORDER BY d.seq")) {
                while (rs.next()) {
                    count++;
                    ArchivedDocument record = ArchiveRows.document(rs, true);
                    long seq = rs.getLong("seq");
                    chain.next(rs.wasNull() ? null : seq, rs.getString("chain"), record);
                    String actual = rs.getString("actual");
                    String actualOfd = rs.getString("actual_ofd");
                    if (actual == null || record.hasOfd() && actualOfd == null) {
                        missing.add(record.id());
                    } else if (!actual.equals(record.sha256()) || record.hasOfd() && !actualOfd.equals(record.ofdSha256())) {
                        altered.add(record.id());
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT f.sha256 FROM files f WHERE NOT EXISTS "
                    + "(SELECT 1 FROM documents d WHERE d.sha256 = f.sha256 OR d.ofd_sha256 = f.sha256) ORDER BY f.sha256")) {
                while (rs.next()) {
                    orphans.add(rs.getString(1));
                }
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return count;
    }

    /**
     * Inserts a record with its own id, creation time and predecessor, and its files if not there,
     * as the next in this archive's chain; new records' ids continue past it ({@link #insert}).
     */
    static void copy(Connection db, ArchivedDocument d, byte[] bytes, byte[] ofd) throws SQLException {
        file(db, d.sha256(), d.format(), bytes);
        if (d.hasOfd()) {
            file(db, d.ofdSha256(), ArchiveStore.OFD, ofd);
        }
        appending(db);
        RecordChain.append(db, d);
    }
}
