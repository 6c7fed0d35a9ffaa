package press.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.Options;
import press.archive.ArchiveStore;
import press.archive.PostgresArchive;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Where the archive is: the SQLite archive in the data directory (the default), or PostgreSQL at
 * a {@code jdbc:postgresql://} URL, its user and password from {@code BULLETIN_ARCHIVE_USER} and
 * {@code BULLETIN_ARCHIVE_PASSWORD} or the driver's {@code .pgpass} — never from the command
 * line, where every user of the machine could read them. The tables' owner, who creates and
 * migrates them ({@code init-archive}), is another role: {@code BULLETIN_ARCHIVE_OWNER} and
 * {@code BULLETIN_ARCHIVE_OWNER_PASSWORD}, which the service never needs.
 */
final class ArchiveLocation {

    static final String USER = "BULLETIN_ARCHIVE_USER";
    static final String PASSWORD = "BULLETIN_ARCHIVE_PASSWORD";
    static final String OWNER = "BULLETIN_ARCHIVE_OWNER";
    static final String OWNER_PASSWORD = "BULLETIN_ARCHIVE_OWNER_PASSWORD";

    private ArchiveLocation() {
    }

    /** Adds the options that say which archive a command works on: {@code --data-dir} or {@code --archive-url}. */
    static Options withArchiveOptions(Options options) {
        return options
                .addOption(Arguments.valued(null, "data-dir", "DIR", "the SQLite archive's data directory (env "
                        + "BULLETIN_DATA_DIR, default data)"))
                .addOption(Arguments.valued(null, "archive-url", "URL", "a PostgreSQL archive instead (env "
                        + "BULLETIN_ARCHIVE_URL)"));
    }

    /** The PostgreSQL URL the options or the environment give; empty for the SQLite archive. */
    static String url(Arguments arguments) {
        return arguments.text("archive-url", Arguments.environment("BULLETIN_ARCHIVE_URL", ""));
    }

    /** The SQLite archive's data directory the options or the environment give. */
    static Path dataDirectory(Arguments arguments) {
        return arguments.path("data-dir", Path.of(Arguments.environment("BULLETIN_DATA_DIR", "data")));
    }

    static ArchiveStore open(String url, Path dataDirectory) {
        return url == null || url.isBlank() ? ArchiveStore.open(dataDirectory) : postgres(url);
    }

    static PostgresArchive postgres(String url) {
        return PostgresArchive.open(checked(url, USER, PASSWORD), System.getenv(USER), System.getenv(PASSWORD));
    }

    /** Creates or migrates the PostgreSQL archive as its owner and grants the service role its part; steps run. */
    static int initialize(String url, String serviceRole) {
        String owner = System.getenv(OWNER);
        if (owner == null || owner.isBlank()) {
            throw new Failure(Reason.INVALID_PARAMETER, "set " + OWNER + " (and " + OWNER_PASSWORD + ", or use a .pgpass "
                    + "file) to the role that owns the archive's tables");
        }
        return PostgresArchive.initialize(checked(url, OWNER, OWNER_PASSWORD), owner, System.getenv(OWNER_PASSWORD),
                serviceRole);
    }

    private static String checked(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new Failure(Reason.INVALID_PARAMETER, "the archive URL must be a jdbc:postgresql:// URL, was " + url);
        }
        if (url.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*") || url.matches("jdbc:postgresql://[^/]*@.*")) {
            throw new Failure(Reason.INVALID_PARAMETER, "the archive URL must not carry credentials: set " + user + " and "
                    + password + ", or use a .pgpass file");
        }
        return url;
    }

    /** What the logs say of it: the folder, or the URL (which holds no password). */
    static String describe(String url, Path dataDirectory) {
        return url == null || url.isBlank() ? dataDirectory.toAbsolutePath().toString() : url;
    }
}
