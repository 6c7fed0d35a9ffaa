package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.testing.Fixtures;

/** GET /metrics counts renders by what and how they ended, times them, and shows the queue, the archive and the JVM. */
class MetricsHttpTest {

    @TempDir
    Path data;

    @Test
    void rendersPublishesRefusalsAndSearchesShowInThePrometheusText() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                String reference = Fixtures.data(Fixtures.REFERENCE).toString();
                assertEquals(200, client.postJson("/render?template=gov-service-monthly&format=pdf", reference).statusCode());
                assertEquals(200, client.postJson("/render?template=gov-service-monthly&format=pdf", reference).statusCode());
                assertEquals(201, client.postJson("/render?template=gov-service-monthly&archive=true", reference).statusCode());
                assertEquals(422, client.postJson("/render?template=gov-service-monthly", "{\"period\":\"2020-13\"}").statusCode());
                assertEquals(200, client.get("/archive/search?q=" + java.net.URLEncoder.encode("松潘县",
                        StandardCharsets.UTF_8)).statusCode());
                HttpResponse<byte[]> response = client.get("/metrics");
                assertEquals(200, response.statusCode());
                assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
                String metrics = new String(response.body(), StandardCharsets.UTF_8);
                assertEquals(2.0, value(metrics, "bulletin_renders_total\\{format=\"pdf\",outcome=\"rendered\","
                        + "template=\"gov-service-monthly\",variant=\"jianbao\"\\}"));
                assertEquals(1.0, value(metrics, "bulletin_renders_total\\{format=\"pdf\",outcome=\"published\","
                        + "template=\"gov-service-monthly\",variant=\"jianbao\"\\}"));
                assertEquals(1.0, value(metrics, "bulletin_renders_total\\{[^}]*outcome=\"refused\"[^}]*\\}"));
                assertEquals(1.0, value(metrics, "bulletin_archive_writes_total\\{outcome=\"stored\"\\}"));
                assertEquals(2.0, value(metrics, "bulletin_render_seconds_count\\{format=\"pdf\",outcome=\"rendered\","
                        + "template=\"gov-service-monthly\"\\}"));
                assertTrue(metrics.contains("bulletin_render_seconds_bucket{"), "a histogram of render times");
                assertEquals(1.0, value(metrics, "bulletin_archive_search_seconds_count"));
                assertEquals(0.0, value(metrics, "bulletin_render_queue_waiting"));
                assertEquals(0.0, value(metrics, "bulletin_render_rejections_total"));
                assertTrue(metrics.contains("jvm_memory_used_bytes{"), "JVM memory");
                assertTrue(metrics.contains("jvm_gc_"), "garbage collection");
            });
        }
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertTrue(matcher.find(), series + " is not in:\n" + metrics.lines().filter(line -> line.startsWith("bulletin"))
                .reduce("", (a, b) -> a + b + "\n"));
        return Double.parseDouble(matcher.group(1));
    }
}
