package press.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.http.HttpService;
import press.http.Readiness;
import press.http.ServiceSettings;
import press.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What a client can hold of the service: a render past its limit, a slow body. Neither holds it long. */
@Tag("slow")
class ResilienceTest {

    @TempDir
    Path data;

    private Javalin start(ArchiveStore archive, int renders, int queued, Duration renderTimeout) {
        Readiness readiness = new Readiness();
        readiness.ready();
        ServiceSettings settings = new ServiceSettings(0, data, ServiceSettings.DEFAULT_MAX_BODY, renders, queued,
                renderTimeout, "", Duration.ofSeconds(2), false);
        return HttpService.create(Fixtures.press(), archive, settings, readiness).start();
    }

    private static byte[] small() {
        return RawHttp.request("POST", "/render?template=generic-bulletin", "application/json",
                Fixtures.read(Fixtures.fixture("wenchuan-2020-06").resolve("data.json")).getBytes(StandardCharsets.UTF_8));
    }

    /** Nearly the most cells a generic bulletin takes: 1,900 rows of 30 columns. */
    private static byte[] heavy() {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ObjectNode table = ((ObjectNode) data.get("sections").get(0)).putArray("blocks").addObject().putObject("table");
        ArrayNode columns = table.putArray("columns");
        columns.add("text");
        for (int c = 1; c < 30; c++) {
            columns.add("number");
        }
        ArrayNode body = table.putArray("body");
        for (int r = 0; r < 1900; r++) {
            ArrayNode row = body.addArray();
            row.add("第" + r + "行");
            for (int c = 1; c < 30; c++) {
                row.add(r * c);
            }
        }
        return RawHttp.request("POST", "/render?template=generic-bulletin", "application/json",
                data.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The worker of an abandoned render is free long before the render would have ended: timed
     * against the same render let run to its end on this machine, so a busy machine slows both
     * alike.
     */
    @Test
    void aRenderAbandonedAtItsTimeLimitFreesItsWorkerLongBeforeTheRenderWouldEnd() throws Exception {
        long natural;
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Javalin app = start(archive, 1, 0, Duration.ofSeconds(120));
            try {
                long start = System.nanoTime();
                RawHttp.Answer whole = RawHttp.send(app.port(), heavy(), 120_000);
                natural = System.nanoTime() - start;
                assertEquals(200, whole.status(), whole.body());
            } finally {
                app.stop();
            }
        }
        try (ArchiveStore archive = ArchiveStore.open(data.resolve("second"))) {
            // the deadline an eighth of the whole render, on this machine now: a faster or busier machine moves both
            Javalin app = start(archive, 1, 0, Duration.ofMillis(Math.max(50, natural / 8_000_000)));
            try {
                long start = System.nanoTime();
                RawHttp.Answer abandoned = RawHttp.send(app.port(), heavy(), 120_000);
                assertEquals(503, abandoned.status(), abandoned.body());
                assertTrue(abandoned.body().contains("render_timeout"), abandoned.body());
                RawHttp.Answer next = RawHttp.send(app.port(), small(), 120_000);
                while (next.status() == 503 && System.nanoTime() - start < natural) {
                    Thread.sleep(50);
                    next = RawHttp.send(app.port(), small(), 120_000);
                }
                long freed = System.nanoTime() - start;
                assertEquals(200, next.status(), "the only renderer is free again: " + next.body());
                assertTrue(freed < natural * 3 / 4, "the worker was free after " + freed / 1_000_000 + " ms; the whole render takes "
                        + natural / 1_000_000 + " ms");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void fiveHundredClientsSendingOneByteASecondLeaveRendersAnswered() throws Exception {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Javalin app = start(archive, 2, 8, Duration.ofSeconds(20));
            List<Socket> slow = new ArrayList<>();
            try {
                assertEquals(200, RawHttp.send(app.port(), small(), 10_000).status());
                for (int i = 0; i < 500; i++) {
                    Socket socket = new Socket("localhost", app.port());
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /render?template=generic-bulletin HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    slow.add(socket);
                }
                Thread dribble = Thread.ofVirtual().start(() -> {
                    for (int second = 0; second < 4; second++) {
                        for (Socket socket : slow) {
                            try {
                                socket.getOutputStream().write(' ');
                            } catch (java.io.IOException e) {
                                // the server closed it: that is what should happen to slow clients
                            }
                        }
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                for (int i = 0; i < 8; i++) {
                    RawHttp.Answer answer = RawHttp.send(app.port(), small(), 10_000);
                    assertEquals(200, answer.status(), "render " + i + " under 500 slow clients: " + answer.body());
                }
                dribble.join();
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
                app.stop();
            }
        }
    }
}
