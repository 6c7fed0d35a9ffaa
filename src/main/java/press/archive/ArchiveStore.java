package press.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.failure.Failure;
import press.failure.Reason;

/**
 * The archive of published bulletins, whatever holds it: records are never changed or deleted;
 * a corrected bulletin for the same template, region and period is a new record that
 * supersedes the current one, and at any moment a period has at most one current record;
 * every file is served only if it still hashes to its recorded SHA-256. SQLite with files
 * beside it is the embedded default ({@link SqliteArchive}); PostgreSQL holds records and files
 * for several render nodes ({@link PostgresArchive}). Both are safe for many threads.
 */
public sealed interface ArchiveStore extends AutoCloseable permits SqliteArchive, PostgresArchive {

    /** Opens (creating or migrating) the embedded archive in {@code directory} and checks its integrity. */
    static ArchiveStore open(Path directory) {
        return SqliteArchive.open(directory);
    }

    /** Stores the file, then commits its record; the record supersedes the current one of the same period. */
    ArchivedDocument store(NewRecord record);

    Optional<ArchivedDocument> find(long id);

    /**
     * Copies one record of another archive with its id, file (and OFD-A copy, where the record has
     * one; else null) and successor link, unless a record with that id is here already, which must
     * then hold the same file; whether it was copied. What migrate-archive, backup and restore do
     * for each record, so that they can run again.
     */
    boolean copy(ArchivedDocument document, byte[] bytes, byte[] ofd);

    /** Refuses files that are not the record's: its file, and its OFD-A copy where it has one. */
    static void checkCopy(ArchivedDocument document, byte[] bytes, byte[] ofd) {
        if (!Sha256.hex(bytes).equals(document.sha256())) {
            throw corrupt(document.id(), "archive record " + document.id() + ": its file does not hash to "
                    + document.sha256());
        }
        if (document.hasOfd() && (ofd == null || !Sha256.hex(ofd).equals(document.ofdSha256()))) {
            throw corrupt(document.id(), "archive record " + document.id() + ": its OFD-A copy does not hash to "
                    + document.ofdSha256());
        }
    }

    /** The archived file, its SHA-256 checked again on the way out. */
    byte[] file(ArchivedDocument document);

    /** The OFD-A copy archived beside the file, its SHA-256 checked likewise; a record without one is not found. */
    byte[] ofd(ArchivedDocument document);

    ArchivePage list(ArchiveQuery query);

    /**
     * Full-text search for the records that hold every word of the terms (words of three or more
     * characters by trigrams, shorter ones as substrings); newest first.
     */
    List<SearchHit> search(String terms, int limit);

    /** The office's accounts, kept beside the records as append-only rows; accounts are on once there is one. */
    Accounts accounts();

    /** Login sessions, shared by every node of the archive. */
    Sessions sessions();

    /** The audit trail: who did what, when and from where. */
    AuditLog audit();

    /** Records withdrawn (撤回): out of listings and search, their files for 管理员 only. */
    Withdrawals withdrawals();

    /**
     * Whether the archive answers, as a cheap probe found it a second or two ago at most; never
     * waits for a database that hangs longer than about a second.
     */
    Reachability reachability();

    /** The last integrity check's findings; null while the first is still running. */
    IntegrityReport integrity();

    /** Checks every record's file against its SHA-256; records that fail are never served. */
    IntegrityReport check();

    /** The drafts saved on the server, their procedure and the 发文字号 register, in this archive's database. */
    press.drafts.DraftStore drafts();

    @Override
    void close();

    /** The archive's database is down, unreachable or hanging: a failure to retry, not a fault. */
    static Failure unavailable(String message, Throwable cause) {
        return new Failure(Reason.ARCHIVE_UNAVAILABLE, message, List.of(), cause);
    }

    /** The extension an OFD-A copy is stored under. */
    String OFD = "ofd";

    /** A record published without an OFD-A copy. */
    static Failure noOfd(long id) {
        return new Failure(Reason.NOT_FOUND, "archive record " + id + " has no OFD-A copy: it was published without one",
                List.of(Map.of("id", id)));
    }

    /** A record whose file is missing or altered: never served. */
    static Failure corrupt(long id, String message) {
        return new Failure(Reason.ARCHIVE_CORRUPT, message, List.of(Map.of("id", id)));
    }
}
