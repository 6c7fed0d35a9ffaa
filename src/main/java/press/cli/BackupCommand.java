package press.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import press.archive.ArchiveStore;

/**
 * {@code backup --to DIR}: copies the archive, SQLite ({@code --data-dir}) or PostgreSQL
 * ({@code --archive-url}), into a new embedded archive in DIR — the database and the files beside
 * it — every file's SHA-256 verified as it is read, as it is written and once more in the whole
 * copy. DIR is an archive: {@code restore --from DIR} brings it back, {@code serve --data-dir DIR}
 * serves it.
 */
final class BackupCommand extends Subcommand {

    BackupCommand() {
        super("backup", "Copy the archive (SQLite or PostgreSQL) into a new directory, every file verified.", "");
    }

    @Override
    Options options() {
        return ArchiveLocation.withArchiveOptions(new Options()
                .addOption(Option.builder().longOpt("to").hasArg().argName("DIR").required()
                        .desc("a new or empty directory for the copy").get()));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Path to = arguments.path("to", null);
        if (!emptyOrAbsent(to)) {
            err.println("error: " + to + " is not empty: a backup goes into a new directory");
            return 2;
        }
        String url = ArchiveLocation.url(arguments);
        Path data = ArchiveLocation.dataDirectory(arguments);
        if (url.isEmpty() && !Files.isRegularFile(data.resolve("archive.db"))) {
            err.println("error: " + data + " holds no archive.db");
            return 2;
        }
        try (ArchiveStore source = ArchiveLocation.open(url, data); ArchiveStore copy = ArchiveStore.open(to)) {
            return ArchiveCopy.copy(source, copy, "backed up into " + to + ":", out, err);
        } catch (Exception e) {
            return Failures.report(e, err);
        }
    }

    static boolean emptyOrAbsent(Path directory) {
        if (!Files.exists(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
