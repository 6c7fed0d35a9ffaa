package press.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Drafts, their events and the 发文字号 register in the archive's database, the same SQL on
 * both backends. Every write is one INSERT of a number read just before; when another node
 * inserted that number first, the table's primary key refuses the row and the number is read
 * again, so numbers stay consecutive without locks.
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

    /** A register under two nodes signing at once: each loser reads the highest number again. */
    private static final int ATTEMPTS = 1000;
    private static final String KEY = "kind = ? AND region = ? AND period = ?";

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
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (taken(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public int number(String issuer, int year, DraftKey key, String person) {
        return connections.with("number the draft " + key, db -> {
            try (PreparedStatement given = db.prepareStatement("SELECT number FROM document_numbers WHERE issuer = ? AND "
                    + "year = ? AND " + KEY)) {
                given.setString(1, issuer);
                given.setInt(2, year);
                bind(given, key, 3);
                try (ResultSet rs = given.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
            }
            for (int attempt = 1; ; attempt++) {
                int next;
                try (PreparedStatement highest = db.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM "
                        + "document_numbers WHERE issuer = ? AND year = ?")) {
                    highest.setString(1, issuer);
                    highest.setInt(2, year);
                    try (ResultSet rs = highest.executeQuery()) {
                        rs.next();
                        next = rs.getInt(1);
                    }
                }
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO document_numbers (issuer, year, number, "
                        + "kind, region, period, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, issuer);
                    insert.setInt(2, year);
                    insert.setInt(3, next);
                    int p = bind(insert, key, 4);
                    insert.setString(p++, now());
                    insert.setString(p, person);
                    insert.executeUpdate();
                    return next;
                } catch (SQLException e) {
                    if (!taken(e) || attempt == ATTEMPTS) {
                        throw e;
                    }
                    // another node took this number at the same moment: the next one is ours to try
                }
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
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (taken(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public List<RegisterEntry> register() {
        return connections.with("read the register", db -> {
            List<RegisterEntry> entries = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("SELECT issuer, year, number, kind, region, period, "
                    + "assigned_at, assigned_by FROM document_numbers ORDER BY issuer, year, number");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(new RegisterEntry(rs.getString(1), rs.getInt(2), rs.getInt(3), new DraftKey(rs.getString(4),
                            rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8)));
                }
            }
            return entries;
        });
    }

    @Override
    public boolean copy(RegisterEntry entry) {
        return connections.with("copy the register", db -> {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO document_numbers (issuer, year, number, "
                    + "kind, region, period, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, entry.issuer());
                insert.setInt(2, entry.year());
                insert.setInt(3, entry.number());
                int p = bind(insert, entry.key(), 4);
                insert.setString(p++, entry.assignedAt());
                insert.setString(p, entry.assignedBy());
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (taken(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Whether the row was refused because its key is taken: PostgreSQL's unique violation, SQLite's constraint. */
    private static boolean taken(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == SQLITE_CONSTRAINT
                || String.valueOf(e.getMessage()).contains("SQLITE_CONSTRAINT_PRIMARYKEY");
    }

    private static final int SQLITE_CONSTRAINT = 19;

    private static int bind(PreparedStatement statement, DraftKey key) throws SQLException {
        return bind(statement, key, 1);
    }

    private static int bind(PreparedStatement statement, DraftKey key, int from) throws SQLException {
        statement.setString(from, key.kind());
        statement.setString(from + 1, key.region());
        statement.setString(from + 2, key.period());
        return from + 3;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
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
