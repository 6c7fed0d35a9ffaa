package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import press.archive.ArchiveStore;
import press.archive.IntegrityReport;
import press.archive.Reachability;

/**
 * {@code GET /health}: 200 once warm (fonts parsed, renderers built, docx4j started) while the
 * archive answers, 503 before and while it does not ({@code "status": "unavailable"}: archive
 * reads and publishes would fail); with the render queue, the archive's last integrity check and
 * the process's memory, peak resident size included. Cheap and bounded however the database
 * behaves: the archive's reachability is a cached probe that waits under a second.
 */
final class HealthEndpoint {

    private final Readiness readiness;
    private final RenderQueue queue;
    private final ArchiveStore archive;
    private final java.util.function.Supplier<press.pipeline.TemplatesState> templates;

    HealthEndpoint(Readiness readiness, RenderQueue queue, ArchiveStore archive,
                   java.util.function.Supplier<press.pipeline.TemplatesState> templates) {
        this.readiness = readiness;
        this.queue = queue;
        this.archive = archive;
        this.templates = templates;
    }

    void handle(Context ctx) {
        Reachability reachability = archive.reachability();
        boolean ready = readiness.isReady() && reachability.reachable();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : !readiness.problem().isEmpty() ? "failed"
                : readiness.isReady() ? "unavailable" : "starting");
        if (!readiness.problem().isEmpty()) {
            body.put("problem", readiness.problem());
        }
        body.put("renders", Map.of("running", queue.active(), "waiting", queue.waiting()));
        body.put("archive", archiveReport(reachability, archive.integrity()));
        // templates a reload refused do not make the service unready: the ones loaded before keep serving
        if (templates.get() != null) {
            body.put("templates", templates.get().toMap());
        }
        body.put("memory", memory());
        body.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        Responses.json(ctx, ready ? 200 : 503, body);
    }

    /**
     * Whether the archive answers, and the last integrity check's findings ("running" while the
     * PostgreSQL archive's first check runs in the background).
     */
    private static Map<String, Object> archiveReport(Reachability reachability, IntegrityReport integrity) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reachable", reachability.reachable());
        if (!reachability.reachable()) {
            report.put("problem", reachability.problem());
        }
        if (integrity == null) {
            report.put("integrityCheck", "running");
            return report;
        }
        report.put("records", integrity.records());
        report.put("consistent", integrity.consistent());
        report.put("missingFiles", integrity.missing());
        report.put("alteredFiles", integrity.altered());
        report.put("filesWithoutRecord", integrity.orphans());
        report.put("unfinishedFilesRemoved", integrity.temporaryFilesRemoved());
        report.put("missingRecords", integrity.missingRecords().stream()
                .map(gap -> Map.of("from", gap.from(), "to", gap.to())).toList());
        report.put("brokenChain", integrity.brokenChain());
        if (integrity.head() != null) {
            report.put("head", Map.of("seq", integrity.head().seq(), "hash", integrity.head().hash()));
        }
        return report;
    }

    /** Heap in use, and from /proc the resident set now and at its peak (VmRSS, VmHWM), in KiB. */
    static Map<String, Object> memory() {
        Map<String, Object> memory = new LinkedHashMap<>();
        Runtime runtime = Runtime.getRuntime();
        memory.put("heapUsedKiB", (runtime.totalMemory() - runtime.freeMemory()) / 1024);
        memory.put("heapMaxKiB", runtime.maxMemory() / 1024);
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    memory.put(line.startsWith("VmRSS") ? "rssKiB" : "rssPeakKiB", kib);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: the JVM's own figures are all there is
        }
        return memory;
    }
}
