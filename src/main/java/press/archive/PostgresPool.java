package press.archive;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's connections to PostgreSQL, and what their failures mean to a client. Every wait
 * is bounded by a few seconds — for a pooled connection, to connect, to log in, for any read —
 * so a database that is down or hangs costs a request seconds and a 503 it can retry, never
 * half a minute and a 500. Work that may rightly take long (the integrity check) sets a longer
 * read timeout on its own connection.
 */
final class PostgresPool {

    /** Longest wait for a read of the socket on a request's connection. */
    static final Duration READ = Duration.ofSeconds(5);
    /** Longest wait for a connection from the pool, a new one included. */
    private static final Duration BORROW = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(PostgresPool.class);

    private PostgresPool() {
    }

    static HikariDataSource open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("archive");
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(BORROW.toMillis());
        config.setValidationTimeout(1_000);
        // the driver's own: TCP connect, the whole login (a server that accepts and never answers
        // holds a login forever without it), and every read; in seconds
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("loginTimeout", Long.toString(BORROW.toSeconds()));
        config.addDataSourceProperty("socketTimeout", Long.toString(READ.toSeconds()));
        return new HikariDataSource(config);
    }

    /**
     * {@code failure} while {@code doing} something, as the caller throws it: a connection that
     * failed or timed out (SQLSTATE class 08, an administrator's shutdown, the pool's wait) is
     * the archive being unavailable, a 503 to retry, its cause logged rather than shown to the
     * client; anything else is ours.
     */
    static RuntimeException failure(String doing, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && unavailable(sql)) {
                LOG.warn("{}: the archive's database does not answer: {}", doing, sql.getMessage());
                return ArchiveStore.unavailable(doing + ": the archive's database does not answer; try again shortly",
                        failure);
            }
        }
        return failure instanceof RuntimeException runtime ? runtime
                : new IllegalStateException(doing + ": " + failure.getMessage(), failure);
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLTransientConnectionException || state.startsWith("08") || state.startsWith("57P");
    }

    /** One connection from the pool, asked whether it still answers: bounded by the pool's and the driver's timeouts. */
    static Reachability probe(HikariDataSource pool) {
        try (Connection db = pool.getConnection()) {
            return db.isValid(1) ? Reachability.REACHABLE
                    : Reachability.unreachable("the archive's database did not answer within a second");
        } catch (SQLException e) {
            return Reachability.unreachable("the archive's database does not answer: " + e.getMessage());
        }
    }

    /** What a failure to connect says at its root: the driver's own words, under the pool's wrappings. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
