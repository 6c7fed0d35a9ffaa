package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;

/**
 * No request without a token exhausts the service: its heavy work waits its turn away from the
 * threads that read requests, names a client makes up never become metrics, and a stop lets the
 * requests in flight finish.
 */
class BoundedWorkTest {

    @TempDir
    static Path data;

    private static ArchiveStore archive;

    @BeforeAll
    static void openArchive() {
        archive = ArchiveStore.open(data);
    }

    @AfterAll
    static void closeArchive() {
        archive.close();
    }

    private static Javalin start(int workers, Duration timeout) {
        Readiness readiness = new Readiness();
        readiness.ready();
        return HttpService.create(new StubPress(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY,
                workers, 4, timeout), readiness).start();
    }

    /**
     * As many proofreadings as there are cores, each keeping a core busy for seconds (as a crafted
     * workbook did): on the request threads they would hold every carrier of the virtual threads
     * and {@code /health} would wait for them.
     */
    @Test
    void healthAnswersWithinASecondWhileEveryCoreProofreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        Javalin app = start(cores, Duration.ofSeconds(30));
        try {
            ServiceClient client = new ServiceClient("http://localhost:" + app.port());
            List<CompletableFuture<HttpResponse<byte[]>>> busy = new ArrayList<>();
            for (int i = 0; i < cores; i++) {
                busy.add(CompletableFuture.supplyAsync(() -> client.postJson("/lint?template=gov-service-monthly",
                        "{\"spinMillis\": 4000}"), command -> Thread.ofPlatform().start(command)));
            }
            long slowest = 0;
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) {
                long start = System.nanoTime();
                assertEquals(200, client.get("/health").statusCode());
                slowest = Math.max(slowest, System.nanoTime() - start);
            }
            assertTrue(slowest < 1_000_000_000L, "/health took " + slowest / 1_000_000 + " ms");
            busy.forEach(answer -> assertEquals(200, answer.join().statusCode()));
        } finally {
            app.stop();
        }
    }

    @Test
    void fiveThousandMadeUpTemplateNamesAddNoMetrics() {
        Javalin app = start(2, Duration.ofSeconds(30));
        try {
            ServiceClient client = new ServiceClient("http://localhost:" + app.port());
            assertEquals(200, client.postJson("/render?template=gov-service-monthly", "{}").statusCode());
            assertEquals(200, client.postJson("/render?template=made-up-0", "{}").statusCode());
            int before = ours(new String(client.get("/metrics").body(), StandardCharsets.UTF_8)).length();
            for (int i = 1; i < 5000; i++) {
                client.postJson("/render?template=made-up-" + i + "&variant=v" + i, "{}");
            }
            String metrics = new String(client.get("/metrics").body(), StandardCharsets.UTF_8);
            assertFalse(metrics.contains("made-up"), "no client's name is a label value");
            assertTrue(metrics.contains("template=\"other\""), "they are counted together");
            // the service's own series: the JVM's grow with what the collector happens to do (a new GC cause)
            assertTrue(ours(metrics).length() < before + 4096, "the scrape grew from " + before + " to "
                    + ours(metrics).length() + " bytes");
        } finally {
            app.stop();
        }
    }

    /** The lines of the service's own metrics, not the JVM's. */
    private static String ours(String scrape) {
        return scrape.lines().filter(line -> line.contains("bulletin_")).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void aStopLetsTheRequestsInFlightFinish() throws Exception {
        Javalin app = start(2, Duration.ofSeconds(30));
        ServiceClient client = new ServiceClient("http://localhost:" + app.port());
        CompletableFuture<HttpResponse<byte[]>> inFlight = CompletableFuture.supplyAsync(
                () -> client.postJson("/render?template=gov-service-monthly", "{\"sleepMillis\": 1000}"),
                command -> Thread.ofPlatform().start(command));
        while (ServiceClient.json(client.get("/health")).path("renders").path("running").asInt() == 0) {
            Thread.sleep(20);
        }
        app.stop();
        HttpResponse<byte[]> answer = inFlight.join();
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
    }
}
