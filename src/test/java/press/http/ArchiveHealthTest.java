package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.NewRecord;
import press.archive.PostgresArchive;
import press.model.Metadata;
import press.testing.PostgresDatabase;
import press.testing.TcpProxy;
import tools.jackson.databind.JsonNode;

/**
 * {@code /health} says whether the archive answers, and answers at once even while the database
 * is stopped or hangs; archive reads then fail within seconds as a 503 to retry. The database sits
 * behind a {@link TcpProxy} that the test stops or makes hang. The guards are generous hang guards
 * (the old behaviour was half a minute per request), not timings.
 */
class ArchiveHealthTest {

    private static final Duration HEALTH_GUARD = Duration.ofSeconds(10);
    private static final Duration READ_GUARD = Duration.ofSeconds(25);

    @TempDir
    Path data;

    @Test
    void healthAndReadsSayTheArchiveIsUnavailableWhileItsDatabaseIsStopped() throws Exception {
        withArchiveBehind(TcpProxy::refuse);
    }

    @Test
    void healthAndReadsSayTheArchiveIsUnavailableWhileItsDatabaseHangs() throws Exception {
        withArchiveBehind(TcpProxy::hang);
    }

    @Test
    void theEmbeddedArchiveIsAlwaysReachable() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(new StubPress(), archive, settings(), true, (app, client) -> {
                JsonNode health = ServiceClient.json(client.get("/health"));
                assertEquals("ready", health.path("status").asString());
                assertTrue(health.path("archive").path("reachable").asBoolean());
            });
        }
    }

    private void withArchiveBehind(Consumer<TcpProxy> failure) throws Exception {
        try (PostgresDatabase database = new PostgresDatabase().initialized();
             TcpProxy proxy = new TcpProxy(PostgresDatabase.port());
             PostgresArchive archive = PostgresArchive.open(database.url(proxy.port()), PostgresDatabase.SERVICE_USER,
                     PostgresDatabase.SERVICE_PASSWORD)) {
            ArchivedDocument stored = archive.store(new NewRecord("gov-service-monthly", "jianbao", "pdf",
                    new Metadata("全州政务服务工作概况", "阿坝州", "2020-05", "", "2020-06-10"), "%PDF-1.7".getBytes(),
                    "{}", "正文"));
            TestService.serve(new StubPress(), archive, settings(), true, (app, client) -> {
                HttpResponse<byte[]> healthy = client.get("/health");
                assertEquals(200, healthy.statusCode(), new String(healthy.body()));
                assertTrue(ServiceClient.json(healthy).path("archive").path("reachable").asBoolean());
                assertEquals(200, client.get("/archive/" + stored.id()).statusCode());

                failure.accept(proxy);
                // the probe's answer is fresh for two seconds: /health turns within a few of them
                JsonNode health = assertTimeoutPreemptively(READ_GUARD, () -> {
                    while (true) {
                        HttpResponse<byte[]> response = assertTimeoutPreemptively(HEALTH_GUARD, () -> client.get("/health"));
                        if (response.statusCode() == 503) {
                            return ServiceClient.json(response);
                        }
                        assertEquals(200, response.statusCode());
                        Thread.sleep(100);
                    }
                });
                assertEquals("unavailable", health.path("status").asString());
                assertFalse(health.path("archive").path("reachable").asBoolean());
                assertFalse(health.path("archive").path("problem").asString().isEmpty());
                for (int i = 0; i < 3; i++) {
                    HttpResponse<byte[]> again = assertTimeoutPreemptively(HEALTH_GUARD, () -> client.get("/health"));
                    assertEquals(503, again.statusCode(), "every /health while the database is gone answers, and says so");
                }

                HttpResponse<byte[]> read = assertTimeoutPreemptively(READ_GUARD, () -> client.get("/archive/" + stored.id()));
                TestService.assertError(read, 503, "archive_unavailable");
                assertEquals("5", read.headers().firstValue("Retry-After").orElseThrow());
            });
        }
    }

    private ServiceSettings settings() {
        return TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 1, 1, Duration.ofSeconds(20));
    }
}
