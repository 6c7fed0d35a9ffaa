package press.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.http.HttpService;
import press.http.Readiness;
import press.http.ServiceSettings;
import press.testing.Fixtures;

/**
 * Hundreds of hostile requests against the real service on loopback. Each gets the answer an
 * honest service gives — a 4xx in the service's JSON shape with no stack trace and no path of
 * the machine, within 10 s — and a valid render succeeds right after it.
 */
@Tag("slow")
class HostileRequestsTest {

    private static final int ANSWER_WITHIN = 10_000;
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at press.", "at java.", "/work/", "/root/",
            "/tmp/", "tools.jackson", "com.networknt", "org.eclipse", "freemarker.", "<html", "<HTML");

    @TempDir
    static Path data;

    private static ArchiveStore archive;
    private static Javalin app;
    private static byte[] valid;

    @BeforeAll
    static void start() {
        archive = ArchiveStore.open(data);
        Readiness readiness = new Readiness();
        readiness.ready();
        ServiceSettings settings = new ServiceSettings(0, data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8, Duration.ofSeconds(20),
                "", Duration.ofSeconds(2), false);
        app = HttpService.create(Fixtures.press(), archive, settings, readiness).start();
        valid = RawHttp.request("POST", "/render?template=generic-bulletin", "application/json",
                Fixtures.read(Fixtures.fixture("wenchuan-2020-06").resolve("data.json")).getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        app.stop();
        archive.close();
    }

    @Test
    void theCorpusHoldsAtLeastFiveHundredRequests() {
        assertTrue(HostileCorpus.build().size() >= 500, "the corpus has " + HostileCorpus.build().size());
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsAClearAnswerAndTheServiceGoesOn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Hostile hostile : HostileCorpus.build()) {
            tests.add(DynamicTest.dynamicTest(hostile.name(), () -> {
                RawHttp.Answer answer = RawHttp.send(app.port(), hostile.request(), ANSWER_WITHIN + 1000);
                String what = hostile.name() + " → " + answer.status() + " " + answer.body();
                assertTrue(answer.millis() <= ANSWER_WITHIN, "answered in " + answer.millis() + " ms: " + what);
                assertTrue(hostile.expects(answer.status()), "status not in " + hostile.allowed() + ": " + what);
                if (answer.status() >= 400) {
                    assertTrue(answer.contentType().startsWith("application/json"), "not JSON: " + what);
                    assertTrue(answer.body().contains("\"error\"") && answer.body().contains("\"message\""), what);
                    for (String leak : LEAKS) {
                        assertFalse(answer.body().contains(leak), "the answer shows " + leak + ": " + what);
                    }
                }
                RawHttp.Answer after = RawHttp.send(app.port(), valid, ANSWER_WITHIN);
                assertEquals(200, after.status(), "a valid render after " + hostile.name() + ": " + after.body());
            }));
        }
        return tests.stream();
    }
}
