package press.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import press.archive.ArchiveStore;
import press.http.HttpService;
import press.http.Readiness;
import press.http.ServiceSettings;
import press.pipeline.BulletinPress;

/** {@code serve}: the render service, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the render service over HTTP.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    private Home home;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "${env:BULLETIN_PORT:-7070}", description = "port (env BULLETIN_PORT, default 7070)")
    private int port;

    @Option(names = "--data-dir", defaultValue = "${env:BULLETIN_DATA_DIR:-data}",
            description = "data directory (env BULLETIN_DATA_DIR, default ./data)")
    private Path dataDirectory;

    @Option(names = "--archive-url", defaultValue = "${env:BULLETIN_ARCHIVE_URL:-}",
            description = "PostgreSQL archive, jdbc:postgresql://HOST[:PORT]/DB (env BULLETIN_ARCHIVE_URL; user and "
                    + "password from BULLETIN_ARCHIVE_USER and BULLETIN_ARCHIVE_PASSWORD or .pgpass; default: the "
                    + "SQLite archive in the data directory)")
    private String archiveUrl;

    @Option(names = "--max-body", defaultValue = "${env:BULLETIN_MAX_BODY:-2097152}",
            description = "largest request body in bytes (env BULLETIN_MAX_BODY, default 2 MiB)")
    private long maxBody;

    @Option(names = "--renders", defaultValue = "0", description = "renders at once (default: one per core)")
    private int renders;

    @Option(names = "--queue", defaultValue = "-1", description = "renders that may wait (default: four per core)")
    private int queue;

    @Option(names = "--render-timeout", defaultValue = "20", description = "seconds a render may take (default 20)")
    private int timeout;

    @Option(names = "--archive-token", defaultValue = "${env:BULLETIN_ARCHIVE_TOKEN:-}",
            description = "bearer token the archive requires (env BULLETIN_ARCHIVE_TOKEN; default: none)")
    private String archiveToken;

    @Option(names = "--archive-open", description = "without a token, let clients on other machines publish to the archive "
            + "(default: only this machine may)")
    private boolean archiveOpen;

    @Option(names = "--warm-up", defaultValue = "${env:BULLETIN_WARM_UP:-2}",
            description = "seconds of rendering the examples before /health says ready, at least one round of every "
                    + "variant and format (env BULLETIN_WARM_UP, default 2)")
    private int warmUpSeconds;

    @Option(names = "--read-timeout", defaultValue = "10", description = "seconds a request may take to arrive (default 10)")
    private int readTimeout;

    @Override
    public Integer call() throws Exception {
        ServiceSettings defaults = ServiceSettings.defaults();
        ServiceSettings settings = new ServiceSettings(port, dataDirectory, maxBody,
                renders > 0 ? renders : defaults.concurrentRenders(), queue >= 0 ? queue : defaults.queuedRenders(),
                Duration.ofSeconds(timeout), archiveToken, Duration.ofSeconds(readTimeout), archiveOpen);
        BulletinPress press = home.open();
        ArchiveStore archive;
        try {
            archive = ArchiveLocation.open(archiveUrl, settings.dataDirectory());
        } catch (RuntimeException e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
        Readiness readiness = new Readiness();
        Javalin app = HttpService.create(press, archive, settings, readiness).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            archive.close();
            stopped.countDown();
        }, "shutdown"));
        LOG.info("Bulletin Press listening on port {}, archive in {}{}", app.port(),
                ArchiveLocation.describe(archiveUrl, settings.dataDirectory()), archiveToken.isEmpty() ? "" : " (token required)");
        warmUp(press, readiness, Duration.ofSeconds(warmUpSeconds));
        stopped.await();
        return 0;
    }

    private static void warmUp(BulletinPress press, Readiness readiness, Duration budget) {
        long start = System.nanoTime();
        try {
            press.warmUp(budget);
            readiness.ready();
            LOG.info("warm after {} ms: ready", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            readiness.failed(e.getMessage());
            LOG.error("warm-up failed; /health reports it", e);
        }
    }
}
