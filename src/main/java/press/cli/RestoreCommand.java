package press.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import press.archive.ArchiveQuery;
import press.archive.ArchiveStore;

/**
 * {@code restore --from DIR}: brings a backup back into an archive that holds nothing yet,
 * SQLite ({@code --data-dir}) or PostgreSQL ({@code --archive-url}), every record with its id,
 * successor link and file, every file's SHA-256 verified; the restored archive is then checked
 * whole. An archive that holds records is never written over.
 */
final class RestoreCommand extends Subcommand {

    RestoreCommand() {
        super("restore", "Bring a backup back into an empty archive (SQLite or PostgreSQL), every file verified.", "");
    }

    @Override
    Options options() {
        return ArchiveLocation.withArchiveOptions(new Options()
                .addOption(Option.builder().longOpt("from").hasArg().argName("DIR").required()
                        .desc("a directory made by backup").get()));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Path from = arguments.path("from", null);
        if (!Files.isRegularFile(from.resolve("archive.db"))) {
            err.println("error: " + from + " holds no backup (no archive.db)");
            return 2;
        }
        String url = ArchiveLocation.url(arguments);
        Path data = ArchiveLocation.dataDirectory(arguments);
        try (ArchiveStore backup = ArchiveStore.open(from); ArchiveStore target = ArchiveLocation.open(url, data)) {
            long held = target.list(new ArchiveQuery(null, null, null, null, true, 1, 0)).total();
            if (held > 0) {
                err.println("error: the archive to restore into holds " + held + " records; restore only into an empty one");
                return 2;
            }
            return ArchiveCopy.copy(backup, target, "restored from " + from + ":", out, err);
        } catch (Exception e) {
            return Failures.report(e, err);
        }
    }
}
