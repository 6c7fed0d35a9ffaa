package press.cli;

import java.io.PrintWriter;
import org.apache.commons.cli.Options;
import press.archive.PostgresArchive;

/**
 * {@code init-archive}: creates or migrates the PostgreSQL archive's tables as the role that owns
 * them and grants the service's role SELECT and INSERT, nothing more. The service cannot do this
 * itself, by design: a role that can create the tables can also drop their append-only triggers.
 * Safe to run again; run it after every upgrade, before the nodes start.
 */
final class InitArchiveCommand extends Subcommand {

    InitArchiveCommand() {
        super("init-archive", "Create or migrate the PostgreSQL archive as its owner; grant the service role its part.", "");
    }

    @Override
    Options options() {
        return new Options()
                .addOption(Arguments.valued(null, "archive-url", "URL", "jdbc:postgresql://HOST[:PORT]/DB (env "
                        + "BULLETIN_ARCHIVE_URL; the owner and password from " + ArchiveLocation.OWNER + " and "
                        + ArchiveLocation.OWNER_PASSWORD + " or .pgpass)"))
                .addOption(Arguments.valued(null, "service-role", "ROLE", "the role serve connects as, which gets SELECT "
                        + "and INSERT (default: env " + ArchiveLocation.USER + ")"));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        String url = arguments.text("archive-url", Arguments.environment("BULLETIN_ARCHIVE_URL", ""));
        String service = arguments.text("service-role", Arguments.environment(ArchiveLocation.USER, ""));
        if (url.isBlank() || service.isBlank()) {
            err.println("error: init-archive needs --archive-url (or BULLETIN_ARCHIVE_URL) and --service-role (or "
                    + ArchiveLocation.USER + ")");
            return Failures.BAD_INPUT;
        }
        try {
            int applied = ArchiveLocation.initialize(url, service);
            out.printf("archive schema at version %d (%d migration steps run); %s may read and append, nothing more%n",
                    PostgresArchive.schemaVersion(), applied, service);
            return 0;
        } catch (RuntimeException e) {
            return Failures.report(e, err);
        }
    }
}
