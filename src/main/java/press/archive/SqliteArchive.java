package press.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The embedded archive: {@code archive.db} (SQLite, WAL) and the files beside it. A record commits only
 * after its file is safely in place; records are never changed or deleted; a corrected
 * bulletin for the same template, region and period is a new record that supersedes the old,
 * numbered and chained after the last ({@link RecordChain}). Safe for many threads: the database
 * is used by one at a time, files are written outside that; one process only, by the directory's
 * lock ({@link DirectoryLock}), held from open to close.
 */
public final class SqliteArchive implements ArchiveStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteArchive.class);

    private final Connection db;
    private final Path database;
    private final FileStore files;
    private final DirectoryLock lock;
    /** Unfinished files a crash left in tmp/, removed at start: every check's report repeats the figure. */
    private final int unfinishedRemoved;
    private volatile IntegrityReport integrity;
    private final Set<Long> quarantined = new HashSet<>();
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T run(String doing, Work<T> work) {
            synchronized (SqliteArchive.this) {
                try {
                    db.setAutoCommit(false);
                    T result = work.apply(db);
                    db.commit();
                    return result;
                } catch (SQLException e) {
                    rollback();
                    throw new IllegalStateException(doing + ": " + e.getMessage(), e);
                } catch (RuntimeException e) {
                    rollback();
                    throw e;
                } finally {
                    autoCommit();
                }
            }
        }
    };
    private final Accounts accounts = new Accounts(transactions);
    private final Sessions sessions = new Sessions(transactions);
    private final AuditLog audit = new AuditLog(transactions);
    private final Withdrawals withdrawals = new Withdrawals(transactions);
    private final DraftRows drafts;

    private SqliteArchive(Connection db, Path database, FileStore files, DirectoryLock lock, int unfinishedRemoved) {
        this.db = db;
        this.database = database;
        this.files = files;
        this.lock = lock;
        this.unfinishedRemoved = unfinishedRemoved;
        this.drafts = new DraftRows(this::withDatabase);
    }

    /** The one connection, under the lock that every other use of it takes. */
    private <T> T withDatabase(String what, DraftRows.Work<T> work) {
        synchronized (this) {
            try {
                return work.apply(db);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public press.drafts.DraftStore drafts() {
        return drafts;
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
            Path database = directory.resolve("archive.db");
            db = DriverManager.getConnection("jdbc:sqlite:" + database);
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
            SqliteArchive store = new SqliteArchive(db, database, files, lock, removed);
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
        String ofdSha = record.ofd() == null ? null : files.put(record.ofd(), OFD);
        long id;
        synchronized (this) {
            try {
                db.setAutoCommit(false);
                Long supersedes = latest(record.template(), record.metadata().region(), record.metadata().period());
                id = nextId();
                RecordChain.append(db, record.draft(id, sha, supersedes, ofdSha));
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

    @Override
    public boolean copy(ArchivedDocument document, byte[] bytes, byte[] ofd) {
        ArchiveStore.checkCopy(document, bytes, ofd);
        files.put(bytes, document.format());
        if (document.hasOfd()) {
            files.put(ofd, OFD);
        }
        synchronized (this) {
            try {
                db.setAutoCommit(false);
                try (PreparedStatement existing = db.prepareStatement("SELECT sha256 FROM documents WHERE id = ?")) {
                    existing.setLong(1, document.id());
                    try (ResultSet rs = existing.executeQuery()) {
                        if (rs.next()) {
                            String held = rs.getString(1);
                            db.rollback();
                            if (!held.equals(document.sha256())) {
                                throw new IllegalStateException("record " + document.id()
                                        + " is already in the archive with another file: " + held);
                            }
                            return false;
                        }
                    }
                }
                RecordChain.append(db, document);
                db.commit();
                return true;
            } catch (SQLException e) {
                rollback();
                throw new IllegalStateException("cannot copy archive record " + document.id() + ": " + e.getMessage(), e);
            } finally {
                autoCommit();
            }
        }
    }

    /** As AUTOINCREMENT would: past every id ever used, so a deleted record's id never names another. */
    private long nextId() throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT MAX(COALESCE("
                + "(SELECT seq FROM sqlite_sequence WHERE name = 'documents'), 0), COALESCE((SELECT MAX(id) FROM "
                + "documents), 0)) + 1")) {
            rs.next();
            return rs.getLong(1);
        }
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
    public byte[] ofd(ArchivedDocument document) {
        if (!document.hasOfd()) {
            throw ArchiveStore.noOfd(document.id());
        }
        synchronized (this) {
            if (quarantined.contains(document.id())) {
                throw ArchiveStore.corrupt(document.id(), "archive record " + document.id()
                        + " failed the integrity check and is not served");
            }
        }
        return files.get(document.id(), document.ofdSha256(), OFD);
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
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public Sessions sessions() {
        return sessions;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public Withdrawals withdrawals() {
        return withdrawals;
    }

    /** A file on this machine, there while the process is. */
    @Override
    public Reachability reachability() {
        return Reachability.REACHABLE;
    }

    @Override
    public IntegrityReport integrity() {
        return integrity;
    }

    /**
     * Checks every record's file against its SHA-256, lists files no record names, and checks
     * the records' numbers and hash chain; records whose file fails are quarantined and never
     * served. Reads through a connection of its own, so publishes go on while files are hashed.
     * Unfinished temporary files are removed at start only: later, tmp/ holds publishes in flight.
     */
    @Override
    public IntegrityReport check() {
        List<Long> missing = new ArrayList<>();
        List<Long> altered = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        long count = 0;
        ChainVerifier chain;
        try (Connection reader = reader()) {
            chain = new ChainVerifier(Checkpoints.latest(reader));
            try (Statement statement = reader.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT " + RecordChain.WITH_PHRASES + ", d.seq, d.chain "
                         + "FROM documents d ORDER BY d.seq NULLS FIRST, d.id")) {
                while (rs.next()) {
                    count++;
                    ArchivedDocument record = ArchiveRows.document(rs, true);
                    long seq = rs.getLong("seq");
                    chain.next(rs.wasNull() ? null : seq, rs.getString("chain"), record);
                    recorded.add(record.sha256());
                    if (!files.exists(record.sha256(), record.format())
                            || record.hasOfd() && !files.exists(record.ofdSha256(), OFD)) {
                        missing.add(record.id());
                    } else if (!files.intact(record.sha256(), record.format())
                            || record.hasOfd() && !files.intact(record.ofdSha256(), OFD)) {
                        altered.add(record.id());
                    }
                    if (record.hasOfd()) {
                        recorded.add(record.ofdSha256());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the archive: " + e.getMessage(), e);
        }
        List<String> orphans = files.hashes().stream().filter(sha -> !recorded.contains(sha)).sorted().toList();
        IntegrityReport report = new IntegrityReport(count, missing, altered, orphans, unfinishedRemoved, chain.gaps(),
                chain.broken(), chain.head());
        synchronized (this) {
            quarantined.clear();
            quarantined.addAll(missing);
            quarantined.addAll(altered);
            ChainHead checkpoint = chain.nextCheckpoint();
            if (checkpoint != null) {
                try {
                    Checkpoints.record(db, checkpoint);
                } catch (SQLException e) {
                    LOG.warn("cannot record the chain's head {} as a checkpoint: {}", checkpoint, e.getMessage());
                }
            }
        }
        IntegrityLog.log(LOG, report);
        integrity = report;
        return report;
    }

    /** A read-only connection of the check's own: WAL lets it read a snapshot while the writer goes on. */
    private Connection reader() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return config.createConnection("jdbc:sqlite:" + database);
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
