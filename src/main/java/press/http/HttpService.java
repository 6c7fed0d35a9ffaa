package press.http;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.failure.Failure;
import press.failure.Reason;
import press.pipeline.Press;
import press.procedure.DraftAudit;
import press.procedure.Procedure;

/** Builds the Javalin application of the render service; nothing is started until {@code start()}. */
public final class HttpService {

    /**
     * Bytes per second a request body must at least arrive at while it is waited for: 1 byte a
     * second holds nothing for long ({@link TrickleGuard}; Jetty's own check is off, since it counts
     * from the first byte and so refuses a complete body read late).
     */
    static final long MIN_REQUEST_DATA_RATE = 1024;

    /** How much longer than a render may take a stop waits for the requests in flight: their reading and writing. */
    static final Duration DRAIN_MARGIN = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(HttpService.class);

    private HttpService() {
    }

    public static Javalin create(Press press, ArchiveStore archive, ServiceSettings settings, Readiness readiness) {
        return create(press, archive, settings, readiness, AccountSettings.defaults());
    }

    /** The service with these session and login limits (the tests' are short). */
    public static Javalin create(Press press, ArchiveStore archive, ServiceSettings settings, Readiness readiness,
                                 AccountSettings accountSettings) {
        RenderQueue queue = new RenderQueue(settings.concurrentRenders(), settings.queuedRenders(), settings.renderTimeout());
        SessionKeeper sessions = new SessionKeeper(archive, accountSettings);
        ArchiveAccess access = new ArchiveAccess(settings.archiveToken(), settings.archiveOpen(), archive.accounts(), sessions);
        SessionEndpoints login = new SessionEndpoints(archive, access, sessions,
                new LoginLimiter(archive.audit(), accountSettings));
        UserEndpoints users = new UserEndpoints(archive, access);
        AuditEndpoint audit = new AuditEndpoint(archive, access);
        WithdrawalEndpoint withdrawal = new WithdrawalEndpoint(archive, access);
        RenderEndpoint render = new RenderEndpoint(press, queue, settings.maxBodyBytes(), archive, access);
        LintEndpoint lint = new LintEndpoint(press, queue, settings.maxBodyBytes(), archive);
        CatalogueEndpoints catalogue = new CatalogueEndpoints(press::catalogue);
        TemplateEndpoints templates = new TemplateEndpoints(press, access, queue);
        ArchiveEndpoints records = new ArchiveEndpoints(archive, access);
        DraftEndpoints drafts = new DraftEndpoints(new Procedure(archive.drafts(), press.catalogue(), request -> {
            queue.admit();
            return queue.run("the render", () -> press.publish(request, archive));
        }, settings.allowSelfReview(), draftAudit(archive)), access, settings.maxBodyBytes());
        HealthEndpoint health = new HealthEndpoint(readiness, queue, archive, press::templates);
        ServiceMetrics metrics = new ServiceMetrics(queue, press::catalogue);
        byte[] openApi = openApi();
        AtomicReference<Server> jetty = new AtomicReference<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            // every response states its Content-Length (ETags, HEAD, resumable downloads); Javalin's
            // gzip would then send fewer bytes than stated to any client that accepts gzip (browsers,
            // curl --compressed), and the documents are compressed already
            config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
            // a client that holds a connection open (slowly sending, or not at all) holds a virtual
            // thread, not one of a few hundred platform threads, and loses it after the read timeout
            config.concurrency.useVirtualThreads = true;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(settings.readTimeout().toMillis());
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JsonErrorHandler());
                // on stop (SIGTERM), connectors close and requests in flight get this long to finish
                server.setStopTimeout(settings.renderTimeout().plus(DRAIN_MARGIN).toMillis());
                jetty.set(server);
            });
            // Javalin sets its handler just before this event: the graceful handler goes around it,
            // counting the requests in flight for the stop to wait on
            config.events.serverStarting(() -> jetty.get().insertHandler(new GracefulHandler()));
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.bindAddress());
                connector.setPort(settings.port());
                connector.setIdleTimeout(settings.readTimeout().toMillis());
                return connector;
            });
            config.requestLogger.http((ctx, millis) -> {
                RequestLog.log(ctx, millis);
                metrics.finished(ctx, millis);
            });
            HostGuard guard = new HostGuard(settings.hostNames());
            config.routes.before(ctx -> {
                String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
                ctx.attribute(RequestLog.REQUEST_ID, id);
                ctx.header("X-Request-Id", id);
                guard.check(ctx);
            });
            StaffPage page = new StaffPage();
            StaffPage.ROUTES.forEach(path -> config.routes.get(path, page::serve));
            config.routes.post("/render", render::handle);
            config.routes.post("/lint", lint::handle);
            config.routes.post("/import", new ImportEndpoint(queue)::handle);
            config.routes.get("/templates", catalogue::list);
            config.routes.get("/templates/{kind}", catalogue::describe);
            config.routes.get("/templates/{kind}/example", catalogue::example);
            config.routes.post("/templates/reload", templates::reload);
            config.routes.get("/templates/{kind}/phrases", templates::phrases);
            config.routes.put("/templates/{kind}/phrases", templates::savePhrases);
            config.routes.post("/templates/{kind}/phrases/preview", templates::previewPhrases);
            config.routes.get("/archive", records::list);
            config.routes.get("/archive/search", records::search);
            config.routes.get("/archive/{id}", records::get);
            config.routes.get("/archive/{id}/file", records::file);
            config.routes.post("/archive/{id}/withdraw", withdrawal::withdraw);
            config.routes.post("/session", login::login);
            config.routes.get("/session", login::current);
            config.routes.delete("/session", login::logout);
            config.routes.get("/users", users::list);
            config.routes.post("/users", users::add);
            config.routes.post("/users/{name}/disable", users::disable);
            config.routes.put("/users/{name}/roles", users::roles);
            config.routes.get("/audit", audit::json);
            config.routes.get("/audit.csv", audit::csv);
            config.routes.get("/drafts", drafts::list);
            config.routes.put("/drafts/{kind}/{region}/{period}", drafts::save);
            config.routes.get("/drafts/{kind}/{region}/{period}", drafts::latest);
            config.routes.get("/drafts/{kind}/{region}/{period}/versions", drafts::versions);
            config.routes.get("/drafts/{kind}/{region}/{period}/versions/{version}", drafts::version);
            config.routes.post("/drafts/{kind}/{region}/{period}/submit", drafts::submit);
            config.routes.post("/drafts/{kind}/{region}/{period}/review", drafts::review);
            config.routes.post("/drafts/{kind}/{region}/{period}/signoff", drafts::signOff);
            config.routes.get("/health", health::handle);
            config.routes.get("/metrics", metrics::scrape);
            config.routes.get("/openapi.json", ctx -> {
                ctx.contentType(Responses.JSON);
                ctx.result(openApi);
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> Responses.error(ctx, Errors.of(e)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                Failure failure = Errors.of(e);
                if (Errors.status(failure.reason()) == 500) {
                    LOG.error("request {} failed: {} {}", ctx.attribute(RequestLog.REQUEST_ID), ctx.method(), ctx.path(), e);
                }
                Responses.error(ctx, failure);
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.attribute(Responses.ERROR_WRITTEN) == null) {
                    Responses.error(ctx, new Failure(Reason.NOT_FOUND, "no such resource: " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(405, "*", ctx -> {
                if (ctx.attribute(Responses.ERROR_WRITTEN) == null) {
                    Responses.error(ctx, new Failure(Reason.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path()));
                }
            });
            config.events.serverStopped(() -> {
                queue.close();
                metrics.close();
            });
        });
        return app;
    }

    private static byte[] openApi() {
        try (InputStream in = HttpService.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The procedure's steps in the audit trail: "draft-saved", "draft-submitted"… with the draft
     * and its version; a sign-off also as the publication it is, with the record and its SHA-256.
     */
    private static DraftAudit draftAudit(ArchiveStore archive) {
        return (action, person, address, key, version, recordId, sha256) -> {
            String draft = key + " v" + version;
            archive.audit().record(AuditEvent.now(person, address, "draft-" + action, draft, sha256, ""));
            if (recordId != null) {
                archive.audit().record(AuditEvent.now(person, address, AuditEvent.PUBLISHED, Long.toString(recordId),
                        sha256, "signed off from the draft " + draft));
            }
        };
    }
}
