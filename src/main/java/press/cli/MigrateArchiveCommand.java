package press.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import press.archive.ArchiveStore;
import press.archive.PostgresArchive;

/**
 * {@code migrate-archive}: copies a SQLite archive into PostgreSQL, oldest record first, each
 * with its id, its successor link and its file, the file's SHA-256 verified as it is read and
 * again as it is written. Records already copied are checked and skipped, so the command can be
 * run again after an interruption.
 */
final class MigrateArchiveCommand extends Subcommand {

    MigrateArchiveCommand() {
        super("migrate-archive", "Copy a SQLite archive into a PostgreSQL archive (safe to run again).", "");
    }

    @Override
    Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("from").hasArg().argName("DIR").required()
                        .desc("data directory of the SQLite archive").get())
                .addOption(Option.builder().longOpt("to").hasArg().argName("URL").required()
                        .desc("jdbc:postgresql://HOST[:PORT]/DB (user and password from BULLETIN_ARCHIVE_USER and "
                                + "BULLETIN_ARCHIVE_PASSWORD or .pgpass)").get());
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Path from = arguments.path("from", null);
        String to = arguments.text("to", null);
        if (!Files.isRegularFile(from.resolve("archive.db"))) {
            err.println("error: " + from + " holds no archive.db");
            return 2;
        }
        try (ArchiveStore source = ArchiveStore.open(from); PostgresArchive target = ArchiveLocation.postgres(to)) {
            return migrate(source, target, out, err);
        } catch (Exception e) {
            return Failures.report(e, err);
        }
    }

    /** Copies what {@code target} lacks of {@code source}; 0 when every record is there with an intact file. */
    static int migrate(ArchiveStore source, PostgresArchive target, PrintWriter out, PrintWriter err) {
        return ArchiveCopy.copy(source, target, "migrated", out, err);
    }
}
