package press.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import press.drafts.DraftEvent;
import press.drafts.DraftKey;
import press.drafts.DraftState;
import press.drafts.DraftStore;
import press.drafts.DraftSummary;
import press.drafts.DraftVersion;
import press.drafts.RegisterEntry;
import press.drafts.Step;

/**
 * Drafts, their events and the 发文字号 register ({@link RegisterRows}) in the archive's
 * database, the same SQL on both backends ({@link DraftTables}). Every write is one INSERT of a
 * number read just before; when another node inserted that number first, the table's primary
 * key refuses the row and the number is read again, so numbers stay consecutive without locks.
 */
final class DraftRows implements DraftStore {

    /** Lends a connection: SQLite's one, held under the archive's lock; a pooled one on PostgreSQL. */
    @FunctionalInterface
    interface Connections {
        <T> T with(String what, Work<T> work);
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection db) throws SQLException;
    }

    /** Versions saved at once on several nodes: each loser reads the latest again. */
    private static final int ATTEMPTS = 100;
    private static final String KEY = "kind = ? AND region = ? AND period = ?";
    private static final int SQLITE_CONSTRAINT = 19;

    private final Connections connections;

    DraftRows(Connections connections) {
        this.connections = connections;
    }

    @Override
    public int save(DraftKey key, String variant, String data, String person, String address) {
        Objects.requireNonNull(data, "data");
        return connections.with("save the draft " + key, db -> {
            for (int attempt = 1; ; attempt++) {
                Optional<DraftVersion> latest = latest(db, key);
                if (latest.isPresent() && latest.get().data().equals(data) && Objects.equals(latest.get().variant(), variant)) {
                    return latest.get().version();
                }
                int next = latest.map(DraftVersion::version).orElse(0) + 1;
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO draft_versions (kind, region, period, "
                        + "version, variant, data, saved_at, saved_by, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int p = bind(insert, key);
                    insert.setInt(p++, next);
                    insert.setString(p++, variant);
                    insert.setString(p++, data);
                    insert.setString(p++, now());
                    insert.setString(p++, person);
                    insert.setString(p, address);
                    insert.executeUpdate();
                    return next;
                } catch (SQLException e) {
                    if (!taken(e) || attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        });
    }

    @Override
    public List<DraftSummary> list() {
        return connections.with("list the drafts", db -> {
            List<DraftSummary> saved = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("SELECT v.kind, v.region, v.period, v.version, v.saved_at, "
                    + "v.saved_by FROM draft_versions v WHERE v.version = (SELECT MAX(w.version) FROM draft_versions w "
                    + "WHERE w.kind = v.kind AND w.region = v.region AND w.period = v.period) "
                    + "ORDER BY v.saved_at DESC, v.kind, v.region, v.period");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    saved.add(new DraftSummary(new DraftKey(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getInt(4),
                            rs.getString(5), rs.getString(6), DraftState.DRAFT));
                }
            }
            // the state follows from each draft's events: read once the listing's cursor is closed
            List<DraftSummary> stated = new ArrayList<>(saved.size());
            for (DraftSummary draft : saved) {
                stated.add(new DraftSummary(draft.key(), draft.version(), draft.savedAt(), draft.savedBy(),
                        DraftState.of(draft.version(), events(db, draft.key()))));
            }
            return stated;
        });
    }

    @Override
    public List<DraftVersion> versions(DraftKey key) {
        return connections.with("read the draft " + key, db -> {
            List<DraftVersion> versions = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("SELECT version, variant, '' AS data, saved_at, saved_by, "
                    + "address FROM draft_versions WHERE " + KEY + " ORDER BY version")) {
                bind(query, key);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        versions.add(version(rs));
                    }
                }
            }
            return versions;
        });
    }

    @Override
    public Optional<DraftVersion> version(DraftKey key, int version) {
        return connections.with("read the draft " + key, db -> {
            try (PreparedStatement query = db.prepareStatement("SELECT version, variant, data, saved_at, saved_by, address "
                    + "FROM draft_versions WHERE " + KEY + " AND version = ?")) {
                query.setInt(bind(query, key), version);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(version(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<DraftVersion> latest(DraftKey key) {
        return connections.with("read the draft " + key, db -> latest(db, key));
    }

    private static Optional<DraftVersion> latest(Connection db, DraftKey key) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT version, variant, data, saved_at, saved_by, address "
                + "FROM draft_versions WHERE " + KEY + " ORDER BY version DESC LIMIT 1")) {
            bind(query, key);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(version(rs)) : Optional.empty();
            }
        }
    }

    private static DraftVersion version(ResultSet rs) throws SQLException {
        return new DraftVersion(rs.getInt("version"), rs.getString("variant"), rs.getString("data"),
                rs.getString("saved_at"), rs.getString("saved_by"), rs.getString("address"));
    }

    @Override
    public List<DraftEvent> events(DraftKey key) {
        return connections.with("read the draft " + key, db -> events(db, key));
    }

    private static List<DraftEvent> events(Connection db, DraftKey key) throws SQLException {
        List<DraftEvent> events = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT seq, step, version, person, at, address, comment, "
                + "record_id FROM draft_events WHERE " + KEY + " ORDER BY seq")) {
            bind(query, key);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long record = rs.getLong("record_id");
                    Long recordId = rs.wasNull() ? null : record;
                    events.add(new DraftEvent(rs.getInt("seq"), Step.valueOf(rs.getString("step")), rs.getInt("version"),
                            rs.getString("person"), rs.getString("at"), rs.getString("address"), rs.getString("comment"),
                            recordId));
                }
            }
        }
        return events;
    }

    @Override
    public boolean append(DraftKey key, DraftEvent event) {
        return connections.with("record a step of the draft " + key, db -> {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO draft_events (kind, region, period, seq, step, "
                    + "version, person, at, address, comment, record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int p = bind(insert, key);
                insert.setInt(p++, event.seq());
                insert.setString(p++, event.step().name());
                insert.setInt(p++, event.version());
                insert.setString(p++, event.person());
                insert.setString(p++, event.at());
                insert.setString(p++, event.address());
                insert.setString(p++, event.comment());
                if (event.recordId() == null) {
                    insert.setNull(p, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(p, event.recordId());
                }
                return insertedUnlessTaken(insert);
            }
        });
    }


    @Override
    public boolean copy(DraftKey key, DraftVersion version) {
        return connections.with("copy the draft " + key, db -> {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO draft_versions (kind, region, period, "
                    + "version, variant, data, saved_at, saved_by, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int p = bind(insert, key);
                insert.setInt(p++, version.version());
                insert.setString(p++, version.variant());
                insert.setString(p++, version.data());
                insert.setString(p++, version.savedAt());
                insert.setString(p++, version.savedBy());
                insert.setString(p, version.address());
                return insertedUnlessTaken(insert);
            }
        });
    }

    /** Inserts the bound row; false where a row with its key is there already (a copy, a step taken twice). */
    static boolean insertedUnlessTaken(PreparedStatement insert) throws SQLException {
        try {
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (taken(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public int number(String issuer, int year, DraftKey key, String person) {
        return connections.with("number the draft " + key, db -> RegisterRows.number(db, issuer, year, key, person));
    }

    @Override
    public List<RegisterEntry> register() {
        return connections.with("read the register", RegisterRows::all);
    }

    @Override
    public boolean copy(RegisterEntry entry) {
        return connections.with("copy the register", db -> RegisterRows.copy(db, entry));
    }

    /** Whether the row was refused because its key is taken: PostgreSQL's unique violation, SQLite's constraint. */
    static boolean taken(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == SQLITE_CONSTRAINT
                || String.valueOf(e.getMessage()).contains("SQLITE_CONSTRAINT_PRIMARYKEY");
    }

    private static int bind(PreparedStatement statement, DraftKey key) throws SQLException {
        return bind(statement, key, 1);
    }

    static int bind(PreparedStatement statement, DraftKey key, int from) throws SQLException {
        statement.setString(from, key.kind());
        statement.setString(from + 1, key.region());
        statement.setString(from + 2, key.period());
        return from + 3;
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
