package press.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import press.archive.ArchiveStore;
import press.archive.IntegritySchedule;
import press.http.AccountSettings;
import press.http.HttpService;
import press.http.Readiness;
import press.http.ServiceSettings;
import press.pipeline.ReloadingPress;

/** {@code serve}: the render service, until the process is stopped. */
final class ServeCommand extends Subcommand {

    /** Asked for when the service starts: every command is made to list them, and logging costs a one-shot render. */
    private static Logger log() {
        return LoggerFactory.getLogger(ServeCommand.class);
    }

    ServeCommand() {
        super("serve", "Run the render service over HTTP.", "");
    }

    @Override
    Options options() {
        return Home.addTo(new Options())
                .addOption(Arguments.valued(null, "port", "PORT", "port (env BULLETIN_PORT, default 7070)"))
                .addOption(Arguments.valued(null, "host", "ADDRESS", "the address to listen on (env BULLETIN_HOST, default "
                        + "127.0.0.1: this machine only; 0.0.0.0 for every interface)"))
                .addOption(Arguments.valued(null, "data-dir", "DIR", "data directory (env BULLETIN_DATA_DIR, default ./data)"))
                .addOption(Arguments.valued(null, "archive-url", "URL", "PostgreSQL archive, jdbc:postgresql://HOST[:PORT]/DB "
                        + "(env BULLETIN_ARCHIVE_URL; user and password from BULLETIN_ARCHIVE_USER and "
                        + "BULLETIN_ARCHIVE_PASSWORD or .pgpass; default: the SQLite archive in the data directory)"))
                .addOption(Arguments.valued(null, "max-body", "BYTES",
                        "largest request body in bytes (env BULLETIN_MAX_BODY, default 2 MiB)"))
                .addOption(Arguments.valued(null, "renders", "N", "renders at once (default: one per core)"))
                .addOption(Arguments.valued(null, "queue", "N", "renders that may wait (default: four per core)"))
                .addOption(Arguments.valued(null, "render-timeout", "SECONDS", "seconds a render may take (default 20)"))
                .addOption(Arguments.valued(null, "archive-token-file", "FILE", "file holding the bearer token the archive "
                        + "requires (or env BULLETIN_ARCHIVE_TOKEN; default: none)"))
                .addOption(Arguments.valued(null, "archive-token", "TOKEN", "refused: a token on the command line "
                        + "shows in the process list; use --archive-token-file or BULLETIN_ARCHIVE_TOKEN"))
                .addOption(Arguments.valued(null, "server-name", "NAMES", "host names, comma-separated, the service answers "
                        + "to besides IP addresses and localhost: a reverse proxy's public name (env BULLETIN_SERVER_NAMES)"))
                .addOption(Arguments.flag("archive-open", "without a token, let clients on other machines publish to "
                        + "the archive (default: only this machine may)"))
                .addOption(Arguments.flag("allow-self-review", "let a person review or sign off a draft they drafted "
                        + "(an office of one clerk and one leader; default: somebody else must)"))
                .addOption(Arguments.valued(null, "warm-up", "SECONDS", "seconds of rendering the examples before "
                        + "/health says ready, at least one round of every variant and format (env BULLETIN_WARM_UP, default 2)"))
                .addOption(Arguments.valued(null, "read-timeout", "SECONDS",
                        "seconds a request may take to arrive (default 10)"))
                .addOption(Arguments.valued(null, "watch-templates", "SECONDS", "seconds between looks at the templates "
                        + "folder: a change is loaded, checked on every example and served if it passes (default 2; 0: only "
                        + "on POST /templates/reload)"))
                .addOption(Arguments.valued(null, "session-idle", "MINUTES", "minutes a login lasts without a request "
                        + "(env BULLETIN_SESSION_IDLE, default 30)"))
                .addOption(Arguments.valued(null, "session-max", "MINUTES", "minutes a login lasts at most (env "
                        + "BULLETIN_SESSION_MAX, default 720)"))
                .addOption(Arguments.valued(null, "integrity-check", "MINUTES", "minutes between the archive's integrity "
                        + "checks after the one at start (env BULLETIN_INTEGRITY_MINUTES, default 60; 0: at start only)"));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception {
        int port = arguments.integer("port", Arguments.environment("BULLETIN_PORT", "7070"));
        Path dataDirectory = arguments.path("data-dir", Path.of(Arguments.environment("BULLETIN_DATA_DIR", "data")));
        String archiveUrl = arguments.text("archive-url", Arguments.environment("BULLETIN_ARCHIVE_URL", ""));
        long maxBody = arguments.whole("max-body", Arguments.environment("BULLETIN_MAX_BODY", "2097152"));
        int renders = arguments.integer("renders", 0);
        int queue = arguments.integer("queue", -1);
        int timeout = arguments.integer("render-timeout", 20);
        if (!arguments.text("archive-token", "").isEmpty()) {
            throw new ParseException("--archive-token would show the token to every user of this machine (ps); put it "
                    + "in a file only the service can read and pass --archive-token-file FILE, or set BULLETIN_ARCHIVE_TOKEN");
        }
        String archiveToken = ArchiveTokens.read(arguments.text("archive-token-file", ""),
                Arguments.environment("BULLETIN_ARCHIVE_TOKEN", ""));
        Set<String> hosts = new TreeSet<>();
        for (String name : arguments.text("server-name", Arguments.environment("BULLETIN_SERVER_NAMES", "")).split(",")) {
            if (!name.isBlank()) {
                hosts.add(name.strip());
            }
        }
        boolean archiveOpen = arguments.flag("archive-open");
        int warmUpSeconds = arguments.integer("warm-up", Arguments.environment("BULLETIN_WARM_UP", "2"));
        int readTimeout = arguments.integer("read-timeout", 10);
        int integrityMinutes = arguments.integer("integrity-check", Arguments.environment("BULLETIN_INTEGRITY_MINUTES", "60"));
        int sessionIdle = arguments.integer("session-idle", Arguments.environment("BULLETIN_SESSION_IDLE", "30"));
        int sessionMax = arguments.integer("session-max", Arguments.environment("BULLETIN_SESSION_MAX", "720"));
        if (sessionIdle < 1 || sessionMax < 1) {
            throw new ParseException("--session-idle and --session-max are at least 1 minute");
        }
        AccountSettings accounts = new AccountSettings(Duration.ofMinutes(sessionIdle), Duration.ofMinutes(sessionMax),
                AccountSettings.defaults().maxFailures(), AccountSettings.defaults().failureWindow());
        Home home = Home.from(arguments);
        ServiceSettings defaults = ServiceSettings.defaults();
        ServiceSettings settings = new ServiceSettings(port, dataDirectory, maxBody,
                renders > 0 ? renders : defaults.concurrentRenders(), queue >= 0 ? queue : defaults.queuedRenders(),
                Duration.ofSeconds(timeout), archiveToken, Duration.ofSeconds(readTimeout), archiveOpen, hosts,
                arguments.text("host", Arguments.environment("BULLETIN_HOST", ServiceSettings.LOOPBACK)),
                arguments.flag("allow-self-review"));
        int watchSeconds = arguments.integer("watch-templates", 2);
        ReloadingPress press;
        try {
            press = home.openReloading();
        } catch (RuntimeException e) {
            return Failures.report(e, err);
        }
        if (watchSeconds > 0) {
            press.watch(Duration.ofSeconds(watchSeconds));
        }
        Readiness readiness = new Readiness();
        // the renderers warm while the archive opens and the server starts: /health says ready when both are done
        Thread.ofPlatform().name("warm-up").daemon().start(() -> warmUp(press, readiness, Duration.ofSeconds(warmUpSeconds)));
        ArchiveStore archive;
        try {
            archive = ArchiveLocation.open(archiveUrl, settings.dataDirectory());
        } catch (RuntimeException e) {
            return Failures.report(e, err);
        }
        IntegritySchedule checks = integrityMinutes > 0
                ? IntegritySchedule.start(archive, Duration.ofMinutes(integrityMinutes)) : null;
        Javalin app = HttpService.create(press, archive, settings, readiness, accounts).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            if (checks != null) {
                checks.close();
            }
            archive.close();
            stopped.countDown();
        }, "shutdown"));
        log().info("Bulletin Press listening on {}:{}, archive in {}{}", settings.bindAddress(), app.port(),
                ArchiveLocation.describe(archiveUrl, settings.dataDirectory()), archiveToken.isEmpty() ? "" : " (token required)");
        stopped.await();
        return 0;
    }

    private static void warmUp(ReloadingPress press, Readiness readiness, Duration budget) {
        long start = System.nanoTime();
        try {
            press.warmUp(budget);
            readiness.ready();
            log().info("warm after {} ms: ready", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            readiness.failed(e.getMessage());
            log().error("warm-up failed; /health reports it", e);
        }
    }
}
