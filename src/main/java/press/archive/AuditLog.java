package press.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail: {@code audit_events}, append-only like the records (triggers refuse UPDATE
 * and DELETE; on PostgreSQL the service's role may only read and append). Times are kept as
 * milliseconds since the epoch, so that ranges compare alike on both databases.
 */
public final class AuditLog {

    private static final String COLUMNS = "at, person, address, action, subject, sha256, detail";

    private final Transactions db;

    AuditLog(Transactions db) {
        this.db = db;
    }

    /** Appends the event. */
    public void record(AuditEvent event) {
        db.run("cannot record the audit event", c -> {
            insert(c, event);
            return null;
        });
    }

    static void insert(java.sql.Connection c, AuditEvent event) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_events (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, event.at().toEpochMilli());
            insert.setString(2, event.person());
            insert.setString(3, event.address());
            insert.setString(4, event.action());
            insert.setString(5, event.subject());
            insert.setString(6, event.sha256());
            insert.setString(7, event.detail());
            insert.executeUpdate();
        }
    }

    /** The events the query asks for, newest first. */
    public List<AuditEvent> read(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (query.person() != null) {
            where.append(" AND person = ?");
            values.add(query.person());
        }
        if (query.action() != null) {
            where.append(" AND action = ?");
            values.add(query.action());
        }
        if (query.from() != null) {
            where.append(" AND at >= ?");
            values.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            where.append(" AND at <= ?");
            values.add(query.to().toEpochMilli());
        }
        return db.run("cannot read the audit trail", c -> {
            List<AuditEvent> events = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_events" + where
                    + " ORDER BY id DESC LIMIT ?")) {
                int i = 1;
                for (Object value : values) {
                    select.setObject(i++, value);
                }
                select.setInt(i, query.limit());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        events.add(new AuditEvent(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return events;
        });
    }

    /**
     * The times of the failed logins by this name since {@code since} and after its last successful
     * login, newest first: what the login's rate limit counts. A person who got in has shown the
     * password, so the mistypes before no longer count against them (those by address still do:
     * one's own login must not free an address that guesses at others).
     */
    public List<Instant> failedLoginsBy(String person, Instant since) {
        Instant lastLogin = db.run("cannot read the audit trail", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT MAX(at) FROM audit_events WHERE action = ? "
                    + "AND person = ?")) {
                select.setString(1, AuditEvent.LOGIN);
                select.setString(2, person);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    long at = rs.getLong(1);
                    return rs.wasNull() ? null : Instant.ofEpochMilli(at);
                }
            }
        });
        return failedLogins("person", person, lastLogin == null || lastLogin.isBefore(since) ? since
                : lastLogin.plusMillis(1));
    }

    /** The times of the failed logins from this address since {@code since}, newest first, alike on every node. */
    public List<Instant> failedLoginsFrom(String address, Instant since) {
        return failedLogins("address", address, since);
    }

    private List<Instant> failedLogins(String column, String value, Instant since) {
        return db.run("cannot read the audit trail", c -> {
            List<Instant> times = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT at FROM audit_events WHERE action = ? AND at >= ? "
                    + "AND " + column + " = ? ORDER BY at DESC LIMIT 100")) {
                select.setString(1, AuditEvent.LOGIN_FAILED);
                select.setLong(2, since.toEpochMilli());
                select.setString(3, value);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        times.add(Instant.ofEpochMilli(rs.getLong(1)));
                    }
                }
            }
            return times;
        });
    }
}
