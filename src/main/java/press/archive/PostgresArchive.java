package press.archive;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive in PostgreSQL, for several render nodes: records and files both in the database,
 * so a node keeps nothing on its disk. Append-only is the database's own rule (triggers refuse
 * UPDATE, DELETE and TRUNCATE), and the service connects as a role that may only read and
 * append, so it cannot drop them: the tables belong to another role, which creates and migrates
 * them ({@link #initialize}, {@code init-archive}); superseding is race-free by unique constraints (one first
 * record per period, one successor per record), a publish that loses the race being retried
 * against the record that won. The integrity check runs in the background from start-up. Every
 * request's wait on the database is bounded by seconds ({@link PostgresPool}), and {@code /health}
 * asks a cached, bounded probe whether the database answers.
 */
public final class PostgresArchive implements ArchiveStore {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresArchive.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS = 20;

    /** The integrity check reads every file: far longer than a request's reads may take. */
    private static final Duration CHECK_READ = Duration.ofMinutes(30);

    private final HikariDataSource pool;
    private final ReachabilityProbe probe;
    private final Set<Long> quarantined = ConcurrentHashMap.newKeySet();
    private volatile IntegrityReport integrity;
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T run(String doing, Work<T> work) {
            try (Connection db = pool.getConnection()) {
                db.setAutoCommit(false);
                try {
                    T result = work.apply(db);
                    db.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    db.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw PostgresPool.failure(doing, e);
            }
        }
    };
    private final Accounts accounts = new Accounts(transactions);
    private final Sessions sessions = new Sessions(transactions);
    private final AuditLog audit = new AuditLog(transactions);
    private final Withdrawals withdrawals = new Withdrawals(transactions);
    private final DraftRows drafts;

    private PostgresArchive(HikariDataSource pool) {
        this.pool = pool;
        // fresh for two seconds, so /health costs the database one cheap query every two seconds
        // however often it is asked; a caller waits 800 ms at most, so /health answers within a second
        this.probe = new ReachabilityProbe(() -> PostgresPool.probe(pool), Duration.ofSeconds(2), Duration.ofMillis(800));
        this.drafts = new DraftRows(this::withConnection);
    }

    /** A pooled connection for one piece of draft work; the database's failures as the archive's. */
    private <T> T withConnection(String what, DraftRows.Work<T> work) {
        try (Connection db = pool.getConnection()) {
            return work.apply(db);
        } catch (SQLException e) {
            throw PostgresPool.failure("cannot " + what, e);
        }
    }

    @Override
    public press.drafts.DraftStore drafts() {
        return drafts;
    }

    /**
     * Connects to {@code url} (jdbc:postgresql://…) as the service's {@code user} with
     * {@code password} (null for the driver's own .pgpass lookup) and starts the integrity check.
     * Refused unless the schema is at this program's version ({@link #initialize}) and the role
     * can do no more than read and append.
     */
    public static PostgresArchive open(String url, String user, String password) {
        HikariDataSource pool;
        try {
            pool = PostgresPool.open(url, user, password);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to the archive at " + url + ": " + PostgresPool.rootMessage(e), e);
        }
        try (Connection db = pool.getConnection()) {
            PostgresSchema.requireCurrent(db);
            PostgresGrants.requireServiceOnly(db);
            PostgresSchema.warnWithoutCjkTrigrams(db);
        } catch (SQLException e) {
            pool.close();
            throw new IllegalStateException("cannot open the archive at " + url + ": " + e.getMessage(), e);
        }
        PostgresArchive archive = new PostgresArchive(pool);
        Thread checker = new Thread(archive::check, "archive-integrity");
        checker.setDaemon(true);
        checker.start();
        return archive;
    }

    /**
     * Creates or migrates the archive's tables at {@code url} as their {@code owner} and grants
     * {@code serviceRole} SELECT and INSERT on them, nothing more: what {@code init-archive} does,
     * safe to run again. How many migration steps ran.
     */
    public static int initialize(String url, String owner, String password, String serviceRole) {
        return PostgresSchema.initialize(url, owner, password, serviceRole);
    }

    /** This program's schema version, which {@link #initialize} brings the database to. */
    public static int schemaVersion() {
        return PostgresSchema.version();
    }

    @Override
    public ArchivedDocument store(NewRecord record) {
        String sha = Sha256.hex(record.bytes());
        long id = -1;
        for (int attempt = 1; id < 0; attempt++) {
            try (Connection db = pool.getConnection()) {
                db.setAutoCommit(false);
                try {
                    id = PostgresRows.insert(db, record, sha);
                    db.commit();
                } catch (SQLException e) {
                    db.rollback();
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw e;
                    }
                    // another node superseded the same record first: supersede theirs instead
                }
            } catch (SQLException e) {
                throw PostgresPool.failure("cannot record the archived document", e);
            }
        }
        return find(id).orElseThrow();
    }

    @Override
    public boolean copy(ArchivedDocument document, byte[] bytes, byte[] ofd) {
        ArchiveStore.checkCopy(document, bytes, ofd);
        try (Connection db = pool.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement existing = db.prepareStatement("SELECT sha256 FROM documents WHERE id = ?")) {
                existing.setLong(1, document.id());
                try (ResultSet rs = existing.executeQuery()) {
                    if (rs.next()) {
                        db.rollback();
                        if (!rs.getString(1).equals(document.sha256())) {
                            throw new IllegalStateException("record " + document.id() + " is already in the archive "
                                    + "with another file: " + rs.getString(1));
                        }
                        return false;
                    }
                }
            }
            PostgresRows.copy(db, document, bytes, ofd);
            db.commit();
            return true;
        } catch (SQLException e) {
            throw PostgresPool.failure("cannot copy archive record " + document.id(), e);
        }
    }

    @Override
    public Optional<ArchivedDocument> find(long id) {
        try (Connection db = pool.getConnection()) {
            return ArchiveRows.find(db, id);
        } catch (SQLException | IllegalStateException e) {
            throw PostgresPool.failure("cannot read archive record " + id, e);
        }
    }

    @Override
    public byte[] file(ArchivedDocument document) {
        return stored(document, document.sha256(), "file");
    }

    @Override
    public byte[] ofd(ArchivedDocument document) {
        if (!document.hasOfd()) {
            throw ArchiveStore.noOfd(document.id());
        }
        return stored(document, document.ofdSha256(), "OFD-A copy");
    }

    /** A record's file of this hash, checked against it on the way out. */
    private byte[] stored(ArchivedDocument document, String sha256, String what) {
        if (quarantined.contains(document.id())) {
            throw ArchiveStore.corrupt(document.id(), "archive record " + document.id()
                    + " failed the integrity check and is not served");
        }
        byte[] bytes;
        try (Connection db = pool.getConnection();
             PreparedStatement query = db.prepareStatement("SELECT bytes FROM files WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet rs = query.executeQuery()) {
                bytes = rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw PostgresPool.failure("cannot read the file of archive record " + document.id(), e);
        }
        if (bytes == null) {
            throw ArchiveStore.corrupt(document.id(), "archive record " + document.id() + ": its " + what + " is missing");
        }
        String actual = Sha256.hex(bytes);
        if (!actual.equals(sha256)) {
            throw ArchiveStore.corrupt(document.id(), "archive record " + document.id() + ": its " + what + " is altered: "
                    + "its SHA-256 is " + actual + ", recorded " + sha256);
        }
        return bytes;
    }

    @Override
    public ArchivePage list(ArchiveQuery query) {
        try (Connection db = pool.getConnection()) {
            return ArchiveRows.list(db, ArchiveRows.COLUMNS, query);
        } catch (SQLException | IllegalStateException e) {
            throw PostgresPool.failure("cannot list the archive", e);
        }
    }

    @Override
    public List<SearchHit> search(String terms, int limit) {
        try (Connection db = pool.getConnection()) {
            return PostgresRows.search(db, terms, limit);
        } catch (SQLException e) {
            throw PostgresPool.failure("cannot search the archive", e);
        }
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

    @Override
    public Reachability reachability() {
        return probe.current();
    }

    @Override
    public IntegrityReport integrity() {
        return integrity;
    }

    /**
     * Hashes every stored file in the database and compares it with its records, lists files no
     * record names, and checks the records' numbers and hash chain; a whole chain's new head is
     * recorded as a checkpoint.
     */
    @Override
    public IntegrityReport check() {
        List<Long> missing = new ArrayList<>();
        List<Long> altered = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        long count;
        ChainVerifier chain;
        try (Connection db = pool.getConnection()) {
            db.setNetworkTimeout(Runnable::run, (int) CHECK_READ.toMillis());
            chain = new ChainVerifier(Checkpoints.latest(db));
            count = PostgresRows.scan(db, chain, missing, altered, orphans);
            ChainHead checkpoint = chain.nextCheckpoint();
            if (checkpoint != null) {
                Checkpoints.record(db, checkpoint);
            }
        } catch (SQLException e) {
            LOG.error("the archive's integrity check failed: {}", e.getMessage());
            throw new IllegalStateException("cannot check the archive: " + e.getMessage(), e);
        }
        quarantined.clear();
        quarantined.addAll(missing);
        quarantined.addAll(altered);
        IntegrityReport report = new IntegrityReport(count, missing, altered, orphans, 0, chain.gaps(), chain.broken(),
                chain.head());
        IntegrityLog.log(LOG, report);
        integrity = report;
        return report;
    }

    @Override
    public void close() {
        probe.close();
        pool.close();
    }
}
