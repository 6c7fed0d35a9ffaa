package press.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded archive: {@code archive.db} (SQLite, WAL) and the files beside it. A record commits only
 * after its file is safely in place; records are never changed or deleted; a corrected
 * bulletin for the same template, region and period is a new record that supersedes the old.
 * Safe for many threads: the database is used by one at a time, files are written outside that.
 */
public final class SqliteArchive implements ArchiveStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteArchive.class);

    private final Connection db;
    private final FileStore files;
    private final DirectoryLock lock;
    /** Unfinished files a crash left in tmp/, removed at start: every check's report repeats the figure. */
    private final int unfinishedRemoved;
    private volatile IntegrityReport integrity;
    private final Set<Long> quarantined = new HashSet<>();

    private SqliteArchive(Connection db, FileStore files, DirectoryLock lock, int unfinishedRemoved) {
        this.db = db;
        this.files = files;
        this.lock = lock;
        this.unfinishedRemoved = unfinishedRemoved;
    }

    /**
     * Opens (creating or migrating) the archive in {@code directory} and checks its integrity;
     * refused while another process, or another archive in this one, has the directory open.
     */
    public static SqliteArchive open(Path directory) {
        DirectoryLock lock;
        try {
            Files.createDirectories(directory);
            lock = DirectoryLock.acquire(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot open the archive in " + directory + ": " + e.getMessage(), e);
        }
        Connection db = null;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"));
            try (Statement statement = db.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA foreign_keys = ON");
                statement.execute("PRAGMA busy_timeout = 5000");
            }
            ArchiveSchema.migrate(db);
            FileStore files = new FileStore(directory);
            // only now, with the lock held, is whatever tmp/ holds surely a crash's leftover and not
            // another process's publish in flight
            int removed = files.removeUnfinished();
            SqliteArchive store = new SqliteArchive(db, files, lock, removed);
            store.check();
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(db);
            lock.close();
            throw new IllegalStateException("cannot open the archive in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // the failure that got us here is the one to report
            }
        }
    }

    @Override
    public ArchivedDocument store(NewRecord record) {
        String sha = files.put(record.bytes(), record.format());
        long id;
        synchronized (this) {
            try {
                db.setAutoCommit(false);
                Long supersedes = latest(record.template(), record.metadata().region(), record.metadata().period());
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO documents (template, variant, format, "
                        + "title, region, period, issuer, issued, created_at, sha256, size, supersedes, data, text) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    var m = record.metadata();
                    int i = 1;
                    for (String value : new String[] {record.template(), record.variant(), record.format(), m.title(),
                            m.region(), m.period(), m.issuer(), m.issued(),
                            Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), sha}) {
                        insert.setString(i++, value);
                    }
                    insert.setLong(i++, record.bytes().length);
                    if (supersedes == null) {
                        insert.setNull(i++, java.sql.Types.INTEGER);
                    } else {
                        insert.setLong(i++, supersedes);
                    }
                    insert.setString(i++, record.data());
                    insert.setString(i, record.text());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                db.commit();
            } catch (SQLException e) {
                rollback();
                throw new IllegalStateException("cannot record the archived document: " + e.getMessage(), e);
            } finally {
                autoCommit();
            }
        }
        return find(id).orElseThrow();
    }

    private Long latest(String template, String region, String period) throws SQLException {
        if (period.isEmpty()) {
            return null;
        }
        try (PreparedStatement query = db.prepareStatement("SELECT MAX(id) FROM documents WHERE template = ? AND region = ? "
                + "AND period = ?")) {
            query.setString(1, template);
            query.setString(2, region);
            query.setString(3, period);
            try (ResultSet rs = query.executeQuery()) {
                long id = rs.next() ? rs.getLong(1) : 0;
                return id == 0 ? null : id;
            }
        }
    }

    @Override
    public synchronized Optional<ArchivedDocument> find(long id) {
        return ArchiveRows.find(db, id);
    }

    @Override
    public byte[] file(ArchivedDocument document) {
        synchronized (this) {
            if (quarantined.contains(document.id())) {
                throw ArchiveStore.corrupt(document.id(), "archive record " + document.id()
                        + " failed the integrity check and is not served");
            }
        }
        return files.get(document.id(), document.sha256(), document.format());
    }

    @Override
    public synchronized ArchivePage list(ArchiveQuery query) {
        return ArchiveRows.list(db, ArchiveRows.COLUMNS, query);
    }

    @Override
    public synchronized List<SearchHit> search(String terms, int limit) {
        return ArchiveRows.search(db, ArchiveRows.COLUMNS, terms, limit);
    }

    @Override
    public IntegrityReport integrity() {
        return integrity;
    }

    /**
     * Checks every record's file against its SHA-256 and lists files no record names; records that
     * fail are quarantined and never served. Unfinished temporary files are removed at start only:
     * later, tmp/ holds the publishes in flight.
     */
    @Override
    public synchronized IntegrityReport check() {
        List<Long> missing = new ArrayList<>();
        List<Long> altered = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        long count = 0;
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, sha256, format FROM documents ORDER BY id")) {
            while (rs.next()) {
                count++;
                long id = rs.getLong(1);
                String sha = rs.getString(2);
                String format = rs.getString(3);
                recorded.add(sha);
                if (!files.exists(sha, format)) {
                    missing.add(id);
                } else if (!files.intact(sha, format)) {
                    altered.add(id);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the archive", e);
        }
        List<String> orphans = files.hashes().stream().filter(sha -> !recorded.contains(sha)).sorted().toList();
        int removed = unfinishedRemoved;
        quarantined.clear();
        quarantined.addAll(missing);
        quarantined.addAll(altered);
        IntegrityReport report = new IntegrityReport(count, missing, altered, orphans, removed);
        if (!report.consistent() || !orphans.isEmpty() || removed > 0) {
            LOG.warn("archive integrity: {} records, missing files for {}, altered files for {}, {} files without a record {}, "
                    + "{} unfinished files removed", count, missing, altered, orphans.size(), orphans, removed);
        } else {
            LOG.info("archive integrity: {} records, all files intact", count);
        }
        integrity = report;
        return report;
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is going to report the original failure anyway
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // nothing more to undo
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            LOG.warn("closing the archive: {}", e.getMessage());
        } finally {
            lock.close();
        }
    }
}
