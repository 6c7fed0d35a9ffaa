package press.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import press.archive.PostgresArchive;

/**
 * A fresh database in the real PostgreSQL that {@code .ci/test} starts ({@code BULLETIN_TEST_POSTGRES}:
 * a JDBC URL of its maintenance database, with {@code _USER} and {@code _PASSWORD}), created with
 * a UTF-8 character type, in which CJK characters form trigrams, and dropped when closed. The
 * archive's two roles, as in production: {@link #USER} creates the database and owns the tables,
 * the service connects as {@link #SERVICE_USER} ({@code _SERVICE_USER}, {@code _SERVICE_PASSWORD}).
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String ADMIN = env("BULLETIN_TEST_POSTGRES", "jdbc:postgresql://localhost:5432/postgres");
    public static final String USER = env("BULLETIN_TEST_POSTGRES_USER", "bulletin_test");
    public static final String PASSWORD = env("BULLETIN_TEST_POSTGRES_PASSWORD", "bulletin_test");
    public static final String SERVICE_USER = env("BULLETIN_TEST_POSTGRES_SERVICE_USER", "bulletin_test_service");
    public static final String SERVICE_PASSWORD = env("BULLETIN_TEST_POSTGRES_SERVICE_PASSWORD", "bulletin_test_service");

    private final String name = "bp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    public PostgresDatabase() {
        admin("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
    }

    /** The database's JDBC URL; the user and password are {@link #USER} and {@link #PASSWORD}. */
    public String url() {
        return ADMIN.substring(0, ADMIN.lastIndexOf('/') + 1) + name;
    }

    /** The database's JDBC URL through another port on this machine (a {@link TcpProxy}'s, say). */
    public String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    /** The port the server listens on. */
    public static int port() {
        String authority = ADMIN.substring("jdbc:postgresql://".length(), ADMIN.lastIndexOf('/'));
        return authority.contains(":") ? Integer.parseInt(authority.substring(authority.indexOf(':') + 1)) : 5432;
    }

    /** A connection as the tables' owner, who can lift the append-only rule as a tampering administrator would. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    /** A connection as the service's role, which may only read and append. */
    public Connection connectAsService() throws SQLException {
        return DriverManager.getConnection(url(), SERVICE_USER, SERVICE_PASSWORD);
    }

    /** Creates the archive's tables as their owner, granting the service role its part ({@code init-archive}). */
    public PostgresDatabase initialized() {
        PostgresArchive.initialize(url(), USER, PASSWORD, SERVICE_USER);
        return this;
    }

    /** The archive as the service opens it, its tables created first. */
    public PostgresArchive archive() {
        initialized();
        return PostgresArchive.open(url(), SERVICE_USER, SERVICE_PASSWORD);
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection db = DriverManager.getConnection(ADMIN, USER, PASSWORD); Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN + " (as " + USER + ") is needed for this test; "
                    + ".ci/test starts it: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
