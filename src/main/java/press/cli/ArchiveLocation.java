package press.cli;

import java.nio.file.Path;
import java.util.Locale;
import press.archive.ArchiveStore;
import press.archive.PostgresArchive;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Where the archive is: the SQLite archive in the data directory (the default), or PostgreSQL at
 * a {@code jdbc:postgresql://} URL, its user and password from {@code BULLETIN_ARCHIVE_USER} and
 * {@code BULLETIN_ARCHIVE_PASSWORD} or the driver's {@code .pgpass} — never from the command
 * line, where every user of the machine could read them.
 */
final class ArchiveLocation {

    static final String USER = "BULLETIN_ARCHIVE_USER";
    static final String PASSWORD = "BULLETIN_ARCHIVE_PASSWORD";

    private ArchiveLocation() {
    }

    static ArchiveStore open(String url, Path dataDirectory) {
        return url == null || url.isBlank() ? ArchiveStore.open(dataDirectory) : postgres(url);
    }

    static PostgresArchive postgres(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new Failure(Reason.INVALID_PARAMETER, "the archive URL must be a jdbc:postgresql:// URL, was " + url);
        }
        if (url.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*") || url.matches("jdbc:postgresql://[^/]*@.*")) {
            throw new Failure(Reason.INVALID_PARAMETER, "the archive URL must not carry credentials: set " + USER + " and "
                    + PASSWORD + ", or use a .pgpass file");
        }
        return PostgresArchive.open(url, System.getenv(USER), System.getenv(PASSWORD));
    }

    /** What the logs say of it: the folder, or the URL (which holds no password). */
    static String describe(String url, Path dataDirectory) {
        return url == null || url.isBlank() ? dataDirectory.toAbsolutePath().toString() : url;
    }
}
