package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.catalogue.TemplateCatalogue;
import press.figures.LintReport;
import press.pipeline.Press;
import press.pipeline.Published;
import press.pipeline.RenderRequest;
import press.pipeline.RenderedDocument;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/** The log: one line per request, and a 500's request id both in the answer and in the log. */
class HttpLoggingTest {

    private static volatile ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private static String capturingStderr(Runnable action) {
        PrintStream original = System.err;
        captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /**
     * Javalin logs a request after its response has gone out, so the client may hold the answer
     * before the line is written: wait for it (a few seconds at most) before the server stops.
     */
    private static void awaitLogged(String text) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!captured.toString(StandardCharsets.UTF_8).contains(text) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @TempDir
    static Path data;

    /** Started by hand, not with JavalinTest, which keeps the log to itself. */
    private static void serve(Press press, java.util.function.Consumer<ServiceClient> test) {
        Readiness readiness = new Readiness();
        readiness.ready();
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            io.javalin.Javalin app = HttpService.create(press, archive, settings(), readiness).start(0);
            try {
                test.accept(new ServiceClient("http://localhost:" + app.port()));
            } finally {
                app.stop();
            }
        }
    }

    private static ServiceSettings settings() {
        return new ServiceSettings(0, data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                Duration.ofSeconds(30));
    }

    @Test
    void everyRequestLogsOneLineWithWhatItRendered() {
        String[] requestId = new String[1];
        String log = capturingStderr(() -> serve(new StubPress(), client -> {
            HttpResponse<byte[]> response = client.postJson("/render?template=gov-service-monthly&variant=jianbao&format=pdf",
                    "{}");
            assertEquals(200, response.statusCode());
            requestId[0] = response.headers().firstValue("X-Request-Id").orElseThrow();
            awaitLogged("id=" + requestId[0]);
        }));
        String line = log.lines().filter(l -> l.contains("id=" + requestId[0])).findFirst().orElse("");
        assertTrue(line.contains("POST /render 200"), log);
        assertTrue(line.contains("template=gov-service-monthly variant=jianbao format=pdf bytes="), line);
    }

    @Test
    void anUnexpectedFailureIs500WithARequestIdTheLogAlsoHas() {
        // a template's own errors are the author's (422 template_error): a bug of ours is anything else
        Press buggy = new Press() {
            @Override
            public TemplateCatalogue catalogue() {
                return Fixtures.press().catalogue();
            }

            @Override
            public RenderedDocument render(RenderRequest request) {
                throw new IllegalStateException("freemarker.core.SomeException: a bug of ours");
            }

            @Override
            public Published publish(RenderRequest request, ArchiveStore archive) {
                throw new IllegalStateException("not published in this test");
            }

            @Override
            public LintReport lint(String kind, String variant, JsonNode data) {
                return Fixtures.press().lint(kind, variant, data);
            }

            @Override
            public void warmUp(Duration budget) {
            }
        };
        String[] body = new String[1];
        String log = capturingStderr(() -> serve(buggy, client -> {
            HttpResponse<byte[]> response = client.postJson("/render?template=gov-service-monthly", "{}");
            assertEquals(500, response.statusCode());
            body[0] = new String(response.body(), StandardCharsets.UTF_8);
            assertEquals("internal_error", ServiceClient.json(response).path("error").asString());
        }));
        String requestId = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body[0])
                .path("details").get(0).path("requestId").asString();
        assertTrue(requestId.length() >= 8, body[0]);
        assertTrue(log.contains("request " + requestId + " failed"), log);
        assertTrue(!body[0].contains("freemarker") && !body[0].contains("Exception"), "no stack trace in the answer: " + body[0]);
    }

    @Test
    void aBodyInACharsetOtherThanUtf8Is415AndLeavesNoStackTraceInTheLog() {
        String log = capturingStderr(() -> serve(new StubPress(), client -> {
            for (String charset : new String[] {"foo", "iso-8859-1", "\"x\""}) {
                HttpResponse<byte[]> response = client.post("/render?template=gov-service-monthly",
                        "application/json; charset=" + charset, "{}".getBytes(StandardCharsets.UTF_8));
                JsonNode body = TestService.assertError(response, 415, "unsupported_media_type");
                assertTrue(body.path("message").asString().contains("UTF-8"), body.toString());
                // the body was not read, so the connection is not reused for the next request
                assertEquals("close", response.headers().firstValue("Connection").orElse(""));
                awaitLogged("id=" + response.headers().firstValue("X-Request-Id").orElseThrow());
            }
            assertEquals(200, client.post("/render?template=gov-service-monthly", "application/json; charset=UTF-8",
                    "{}".getBytes(StandardCharsets.UTF_8)).statusCode());
        }));
        assertFalse(log.contains("Exception") || log.contains("\tat "), "no stack trace for a client's fault:\n" + log);
    }

    /** A body slower than the least data rate (1 KiB/s): a timeout of the client's, answered 408 in JSON, logged in one line. */
    @Test
    void aBodyThatTricklesIs408InJsonAndLeavesNoStackTraceInTheLog() {
        String[] answer = new String[1];
        String log = capturingStderr(() -> serve(new StubPress(), client -> {
            int port = java.net.URI.create(client.origin()).getPort();
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.setSoTimeout(60_000);
                java.io.OutputStream out = socket.getOutputStream();
                out.write(("POST /render?template=gov-service-monthly HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"title\":\"")
                        .getBytes(StandardCharsets.US_ASCII));
                try {
                    for (int i = 0; i < 120; i++) {
                        out.write("字".repeat(10).getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        Thread.sleep(250);
                    }
                } catch (java.net.SocketException closed) {
                    // the server gave up on the body and answered
                }
                answer[0] = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            awaitLogged(" 408 ");
        }));
        assertTrue(answer[0].startsWith("HTTP/1.1 408"), answer[0]);
        assertTrue(answer[0].contains("\"error\":\"request_timeout\""), answer[0]);
        assertFalse(log.contains("Exception") || log.contains("\tat "), "no stack trace for a client's fault:\n" + log);
    }
}
