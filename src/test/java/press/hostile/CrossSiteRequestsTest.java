package press.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.http.HttpService;
import press.http.Readiness;
import press.http.ServiceSettings;
import press.testing.Fixtures;

/**
 * What a page on another site can make a visitor's browser send: a rebinding page (its own name
 * resolved to this machine) and a cross-site form or script. Neither publishes nor reads.
 */
class CrossSiteRequestsTest {

    @TempDir
    static Path data;

    private static ArchiveStore archive;
    private static Javalin app;
    private static String bulletin;

    @BeforeAll
    static void start() {
        archive = ArchiveStore.open(data);
        Readiness readiness = new Readiness();
        readiness.ready();
        ServiceSettings settings = new ServiceSettings(0, data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                Duration.ofSeconds(20), "", Duration.ofSeconds(2), false, Set.of("press.example.gov.cn"));
        app = HttpService.create(Fixtures.press(), archive, settings, readiness).start();
        bulletin = Fixtures.read(Fixtures.fixture("wenchuan-2020-06").resolve("data.json"));
    }

    @AfterAll
    static void stop() {
        app.stop();
        archive.close();
    }

    private static RawHttp.Answer send(String method, String target, String host, String origin, String contentType,
                                       String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n");
        if (origin != null) {
            head.append("Origin: ").append(origin).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
        return RawHttp.send(app.port(), RawHttp.concat(RawHttp.ascii(head.toString()), bytes), 60_000);
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        assertTrue(answer.body().contains("\"error\":\"" + code + "\""), answer.body());
    }

    @Test
    void aRebindingPageNeitherPublishesNorReadsTheArchive() throws IOException {
        String rebound = "attacker.example:" + app.port();
        assertRefused(send("POST", "/render?template=generic-bulletin&archive=true", rebound, null, "application/json",
                bulletin), 421, "foreign_host");
        assertRefused(send("GET", "/archive", rebound, null, null, null), 421, "foreign_host");
        assertRefused(send("GET", "/archive/search?q=%E5%8E%BF", rebound, null, null, null), 421, "foreign_host");
        assertRefused(send("GET", "/", rebound, null, null, null), 421, "foreign_host");
        assertEquals(0, archive.list(press.archive.ArchiveQuery.latest(10)).total(),
                "nothing was published");
    }

    @Test
    void probesAnswerUnderAnyHostAndTheServiceUnderItsAddressesAndNames() throws IOException {
        String rebound = "attacker.example:" + app.port();
        assertEquals(200, send("GET", "/health", rebound, null, null, null).status());
        assertEquals(200, send("GET", "/metrics", rebound, null, null, null).status());
        for (String host : new String[] {"localhost", "LOCALHOST:" + app.port(), "127.0.0.1:" + app.port(), "[::1]:"
                + app.port(), "192.0.2.7", "press.example.gov.cn", "press.example.gov.cn:443"}) {
            assertEquals(200, send("GET", "/templates", host, null, null, null).status(), host);
        }
    }

    @Test
    void aChangeFromAPageOfAnotherOriginIsRefused() throws IOException {
        String host = "localhost:" + app.port();
        for (String origin : new String[] {"https://attacker.example", "http://localhost:1", "null",
                "http://localhost." + app.port()}) {
            assertRefused(send("POST", "/render?template=generic-bulletin", host, origin, "application/json", bulletin),
                    403, "foreign_origin");
            assertRefused(send("POST", "/lint?template=generic-bulletin", host, origin, "application/json", bulletin),
                    403, "foreign_origin");
            assertRefused(send("POST", "/import?format=csv", host, origin, "text/csv", "a,b\n1,2\n"), 403,
                    "foreign_origin");
        }
        assertEquals(200, send("GET", "/templates", host, "https://attacker.example", null, null).status(),
                "a read is the same-origin policy's to guard");
    }

    @Test
    void theServicesOwnPagesMayChangeIt() throws IOException {
        String host = "localhost:" + app.port();
        assertEquals(200, send("POST", "/lint?template=generic-bulletin", host, "http://" + host, "application/json",
                bulletin).status());
        assertEquals(200, send("POST", "/lint?template=generic-bulletin", "press.example.gov.cn", "https://press.example.gov.cn",
                "application/json", bulletin).status(), "behind a proxy that passes the public Host on");
        assertEquals(200, send("POST", "/lint?template=generic-bulletin", host, null, "application/json", bulletin).status(),
                "a client that is not a browser sends no Origin");
    }

    @Test
    void anUploadAsTheTypeACrossSiteFormMaySendIsRefused() throws IOException {
        String host = "localhost:" + app.port();
        assertRefused(send("POST", "/import?format=csv", host, null, "text/plain", "a,b\n1,2\n"), 415,
                "unsupported_media_type");
        assertEquals(200, send("POST", "/import?format=csv", host, null, "text/csv", "a,b\n1,2\n").status());
    }
}
