package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiConsumer;
import press.archive.ArchiveStore;
import press.pipeline.Press;
import tools.jackson.databind.JsonNode;

/** The service on a free port for one test, over a pipeline and an archive the test class keeps. */
final class TestService {

    private TestService() {
    }

    static ServiceSettings settings(Path data, long maxBody, int renders, int queued, Duration timeout) {
        return new ServiceSettings(0, data, maxBody, renders, queued, timeout);
    }

    static void serve(Press press, ArchiveStore archive, ServiceSettings settings, boolean ready,
                      BiConsumer<Javalin, ServiceClient> test) {
        Readiness readiness = new Readiness();
        if (ready) {
            readiness.ready();
        }
        Javalin app = HttpService.create(press, archive, settings, readiness);
        JavalinTest.test(app, (server, client) -> test.accept(server, new ServiceClient(client.getOrigin())));
    }

    /** The answer is the JSON error the service promises: this status and code, a message, a details list. */
    static JsonNode assertError(HttpResponse<byte[]> response, int status, String code) {
        assertEquals(status, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = ServiceClient.json(response);
        assertEquals(code, body.path("error").asString());
        assertTrue(body.path("message").asString().length() > 5);
        assertTrue(body.path("details").isArray());
        return body;
    }
}
