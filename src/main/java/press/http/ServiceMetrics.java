package press.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import press.catalogue.Kind;
import press.catalogue.TemplateCatalogue;

/**
 * What {@code GET /metrics} says, in Prometheus text format: renders by template, variant, format
 * and outcome with their times as a histogram, the render queue's depth and its rejections, archive
 * writes and search times, and the JVM's memory, GC, threads and CPU. One registry per service.
 */
final class ServiceMetrics implements AutoCloseable {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** The request attribute a render endpoint sets when the render is to be archived. */
    static final String PUBLISHING = "publishing";
    private static final String NONE = "none";
    private static final String OTHER = "other";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter rejections;
    private final Timer search;
    /** The catalogue serving now: a reload may add a kind or variant. */
    private final java.util.function.Supplier<TemplateCatalogue> catalogue;

    /** @param catalogue the kinds and variants a label may name; any other name a client sends is counted as "other" */
    ServiceMetrics(RenderQueue queue, java.util.function.Supplier<TemplateCatalogue> catalogue) {
        this.catalogue = catalogue;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("bulletin.render.queue.waiting", queue, RenderQueue::waiting)
                .description("renders admitted and waiting for a worker").register(registry);
        Gauge.builder("bulletin.render.queue.running", queue, RenderQueue::active)
                .description("renders running now").register(registry);
        rejections = Counter.builder("bulletin.render.rejections")
                .description("renders refused with 503 because the queue was full").register(registry);
        search = Timer.builder("bulletin.archive.search").description("archive searches, successful or not")
                .publishPercentileHistogram().register(registry);
    }

    /** Counts and times a finished request by what it was and how it ended. */
    void finished(Context ctx, float millis) {
        Duration took = Duration.ofNanos((long) (millis * 1_000_000));
        int status = ctx.statusCode();
        if (ctx.path().equals("/render") && ctx.method().name().equals("POST")) {
            String outcome = outcome(status);
            String template = tag(ctx, RequestLog.TEMPLATE);
            String variant = tag(ctx, RequestLog.VARIANT);
            Optional<Kind> kind = catalogue.get().kind(template);
            if (kind.isEmpty()) {
                template = template.equals(NONE) ? NONE : OTHER;
            }
            if (!variant.equals(NONE) && (kind.isEmpty() || kind.get().variant(variant).isEmpty())) {
                variant = OTHER;
            }
            String format = tag(ctx, RequestLog.FORMAT);
            Counter.builder("bulletin.renders").description("render requests by outcome")
                    .tags("template", template, "variant", variant, "format", format, "outcome", outcome)
                    .register(registry).increment();
            Timer.builder("bulletin.render").description("render requests, from arrival to the last byte handed over")
                    .tags("template", template, "format", format, "outcome", outcome)
                    .publishPercentileHistogram().register(registry).record(took);
            if (status == 503) {
                rejections.increment();
            }
            if (ctx.attribute(PUBLISHING) != null && (status == 201 || outcome.equals("failed"))) {
                Counter.builder("bulletin.archive.writes").description("documents published to the archive")
                        .tag("outcome", status == 201 ? "stored" : "failed").register(registry).increment();
            }
        } else if (ctx.path().equals("/archive/search")) {
            search.record(took);
        }
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 2 -> status == 201 ? "published" : "rendered";
            case 4 -> "refused";
            default -> status == 503 ? "rejected" : "failed";
        };
    }

    /**
     * A tag value from what the endpoint recorded; "none" where the request never got that far.
     * Every distinct value is a time series kept for the process's life, so a name the client
     * made up must never become one.
     */
    private static String tag(Context ctx, String key) {
        Object value = ctx.attribute(key);
        return value == null ? NONE : value.toString();
    }

    void scrape(Context ctx) {
        ctx.contentType(CONTENT_TYPE);
        ctx.result(registry.scrape());
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
