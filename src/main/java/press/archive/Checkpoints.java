package press.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The heads of whole chains that integrity checks saw, in a table of their own (append-only
 * like the records). Deleting the newest records leaves neither a gap nor a broken link; the
 * next check still finds the last checkpoint's record missing or rewritten.
 */
final class Checkpoints {

    private Checkpoints() {
    }

    /** The furthest head a check found whole, or null before the first. */
    static ChainHead latest(Connection db) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT seq, chain FROM "
                + "archive_checkpoints WHERE seq >= 1 ORDER BY seq DESC LIMIT 1")) {
            if (!rs.next()) {
                return null;
            }
            String hash = rs.getString(2);
            if (hash == null || !hash.matches("[0-9a-f]{64}")) {
                throw new SQLException("archive checkpoint " + rs.getLong(1) + " holds no SHA-256: " + hash);
            }
            return new ChainHead(rs.getLong(1), hash);
        }
    }

    static void record(Connection db, ChainHead head) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO archive_checkpoints (seq, chain, checked_at) "
                + "VALUES (?, ?, ?)")) {
            insert.setLong(1, head.seq());
            insert.setString(2, head.hash());
            insert.setString(3, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            insert.executeUpdate();
        }
    }
}
