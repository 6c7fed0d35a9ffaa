package press.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.http.HttpService;
import press.http.Readiness;
import press.http.ServiceSettings;
import press.testing.Fixtures;
import press.testing.ImageFiles;
import press.testing.RawWorkbooks;
import press.testing.RawXls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests without a token, crafted to exhaust the service (issue 34), against the real
 * pipeline: each is answered in JSON, within its deadline, and leaves the service answering.
 */
@Tag("slow")
class ExhaustionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path data;

    private Javalin start(ArchiveStore archive, int workers, long maxBody, Duration deadline) {
        Readiness readiness = new Readiness();
        readiness.ready();
        ServiceSettings settings = new ServiceSettings(0, data, maxBody, workers, 8, deadline, "", Duration.ofSeconds(10),
                false);
        return HttpService.create(Fixtures.press(), archive, settings, readiness).start();
    }

    private static byte[] post(String target, String json) {
        return RawHttp.request("POST", target, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A 16×16 PNG with 5 000 zTXt chunks (1.3 GB inflated) in a text field and in a picture field, four clients at once. */
    @Test
    void aPngTextBombLeavesFourLintingClientsAnsweredInJson() throws Exception {
        String bomb = ImageFiles.uri("png", ImageFiles.textBomb());
        ObjectNode inText = Fixtures.data("yunling-2026-10");
        inText.put("subtitle", bomb);
        ObjectNode inPicture = Fixtures.data("yunling-2026-10");
        ((ObjectNode) inPicture.at("/sections/3/blocks/3")).put("src", bomb);
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Javalin app = start(archive, 2, 4L * 1024 * 1024, Duration.ofSeconds(20));
            try {
                List<CompletableFuture<List<RawHttp.Answer>>> clients = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    ObjectNode body = c % 2 == 0 ? inText : inPicture;
                    clients.add(CompletableFuture.supplyAsync(() -> {
                        List<RawHttp.Answer> answers = new ArrayList<>();
                        for (int i = 0; i < 5; i++) {
                            answers.add(send(app.port(), post("/lint?template=generic-bulletin", body.toString())));
                        }
                        return answers;
                    }, command -> Thread.ofPlatform().start(command)));
                }
                for (CompletableFuture<List<RawHttp.Answer>> client : clients) {
                    for (RawHttp.Answer answer : client.join()) {
                        assertTrue(answer.status() == 422 || answer.status() == 503, answer.status() + " " + answer.body());
                        assertTrue(answer.contentType().startsWith("application/json"), answer.body());
                    }
                }
                RawHttp.Answer valid = send(app.port(), post("/render?template=generic-bulletin",
                        Fixtures.data("yunling-2026-10").toString()));
                assertEquals(200, valid.status(), valid.body());
            } finally {
                app.stop();
            }
        }
    }

    /**
     * Twenty pictures of 3 000 × 3 000 noisy pixels take far longer to check than a 3 s deadline:
     * the render is answered 503 at the deadline and its worker is free within a second of it.
     */
    @Test
    void twentyLargePicturesFreeTheirWorkerWithinASecondOfTheDeadline() throws Exception {
        String picture = ImageFiles.uri("jpeg", ImageFiles.picture("jpeg", 3000, 3000, true));
        ObjectNode bulletin = Fixtures.data("yunling-2026-10");
        ArrayNode blocks = (ArrayNode) bulletin.at("/sections/0/blocks");
        for (int i = 0; i < 20; i++) {
            blocks.addObject().put("type", "image").put("src", picture);
        }
        byte[] request = post("/render?template=generic-bulletin", bulletin.toString());
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Javalin app = start(archive, 1, 160L * 1024 * 1024, Duration.ofSeconds(3));
            try {
                RawHttp.Answer abandoned = send(app.port(), request);
                assertEquals(503, abandoned.status(), abandoned.body());
                assertTrue(abandoned.body().contains("render_timeout"), abandoned.body());
                long answered = System.nanoTime();
                long freed;
                do {
                    JsonNode health = JSON.readTree(send(app.port(), RawHttp.request("GET", "/health", null, null)).body());
                    freed = System.nanoTime();
                    if (health.path("renders").path("running").asInt() == 0) {
                        break;
                    }
                    Thread.sleep(20);
                } while (freed - answered < 30_000_000_000L);
                assertTrue(freed - answered < 1_000_000_000L, "the worker was busy " + (freed - answered) / 1_000_000
                        + " ms after the deadline's answer");
            } finally {
                app.stop();
            }
        }
    }

    /**
     * Two crafted workbooks (10 000 and 100 000 merged ranges), two crafted .xls (half a million
     * empty cells in MULBLANK records, 1.25 million one-character shared strings) and two CSV files
     * of one 1 MiB number, at once, while {@code /health} is polled: each import is answered in
     * JSON and {@code /health} within a second every time.
     */
    @Test
    void craftedSpreadsheetsLeaveHealthAnsweredWithinASecond() throws Exception {
        String digits = "7".repeat(1024 * 1024);
        List<byte[]> uploads = List.of(
                RawHttp.request("POST", "/import?format=xlsx", XLSX, RawWorkbooks.overlappingMerges(10_000)),
                RawHttp.request("POST", "/import?format=xlsx", XLSX, RawWorkbooks.overlappingMerges(100_000)),
                RawHttp.request("POST", "/import?format=xls", "application/vnd.ms-excel", RawXls.of("Sheet1", List.of(),
                        out -> IntStream.range(0, 2000).forEach(r -> out.blanks(r, 0, 255)))),
                RawHttp.request("POST", "/import?format=et", "application/vnd.ms-excel", RawXls.of("Sheet1",
                        Collections.nCopies(1_250_000, "x"), out -> out.row(0).label(0, 0, 0))),
                RawHttp.request("POST", "/import?format=csv", "text/csv", ("数量\n" + digits + "\n").getBytes(StandardCharsets.UTF_8)),
                RawHttp.request("POST", "/import?format=csv", "text/csv", ("数量,合计\n1," + digits + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Javalin app = start(archive, 2, ServiceSettings.DEFAULT_MAX_BODY, Duration.ofSeconds(20));
            try {
                List<CompletableFuture<RawHttp.Answer>> imports = uploads.stream().map(upload -> CompletableFuture
                        .supplyAsync(() -> send(app.port(), upload), command -> Thread.ofPlatform().start(command))).toList();
                long slowest = 0;
                while (!imports.stream().allMatch(CompletableFuture::isDone)) {
                    RawHttp.Answer health = send(app.port(), RawHttp.request("GET", "/health", null, null));
                    assertEquals(200, health.status(), health.body());
                    slowest = Math.max(slowest, health.millis());
                }
                for (CompletableFuture<RawHttp.Answer> done : imports) {
                    RawHttp.Answer answer = done.join();
                    assertTrue(answer.status() == 200 || answer.status() == 422 || answer.status() == 503,
                            answer.status() + " " + answer.body());
                    assertTrue(answer.contentType().startsWith("application/json"), answer.body());
                }
                assertTrue(slowest < 1000, "/health took " + slowest + " ms");
            } finally {
                app.stop();
            }
        }
    }

    private static RawHttp.Answer send(int port, byte[] request) {
        try {
            return RawHttp.send(port, request, 120_000);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
