package press.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions as append-only rows: {@code account_sessions} when one is opened (by the hash of
 * its id, never the id), {@code account_session_events} when it is seen again or closed. Every
 * node of a PostgreSQL archive reads the same rows, so a session opened on one is good on all.
 */
public final class Sessions {

    private static final String SEEN = "seen";
    private static final String CLOSED = "closed";

    private final Transactions db;

    Sessions(Transactions db) {
        this.db = db;
    }

    public void open(String hash, String user, Instant at, String address) {
        db.run("cannot record the session", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO account_sessions (session_hash, user_name, "
                    + "opened_at, address) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, hash);
                insert.setString(2, user);
                insert.setLong(3, at.toEpochMilli());
                insert.setString(4, address);
                insert.executeUpdate();
            }
            return null;
        });
    }

    public Optional<StoredSession> find(String hash) {
        return db.run("cannot read the session", c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT s.user_name, s.opened_at, "
                    + "(SELECT MAX(e.at) FROM account_session_events e WHERE e.session_hash = s.session_hash "
                    + "AND e.event = 'seen'), "
                    + "(SELECT COUNT(*) FROM account_session_events e WHERE e.session_hash = s.session_hash "
                    + "AND e.event = 'closed') FROM account_sessions s WHERE s.session_hash = ?")) {
                query.setString(1, hash);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long seen = rs.getLong(3);
                    Instant lastSeen = rs.wasNull() ? null : Instant.ofEpochMilli(seen);
                    return Optional.of(new StoredSession(hash, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            lastSeen, rs.getLong(4) > 0));
                }
            }
        });
    }

    /** The session was used at {@code at}: what its idle time counts from. */
    public void seen(String hash, Instant at) {
        event(hash, at, SEEN);
    }

    /** Logout: the session is never good again. */
    public void close(String hash, Instant at) {
        event(hash, at, CLOSED);
    }

    private void event(String hash, Instant at, String event) {
        db.run("cannot record the session's use", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO account_session_events (session_hash, at, "
                    + "event) VALUES (?, ?, ?)")) {
                insert.setString(1, hash);
                insert.setLong(2, at.toEpochMilli());
                insert.setString(3, event);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
