package press.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.Sha256;
import press.testing.Fixtures;
import press.testing.PdfA;
import tools.jackson.databind.JsonNode;

/** Archiving over HTTP: 201 and Location, records, files checked on the way out, search, restart, tokens. */
@Tag("slow")
class ArchiveHttpTest {

    private static final String TOKEN = "s3cret-archive-token";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private void serve(String token, Consumer<String> test) {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Readiness readiness = new Readiness();
            readiness.ready();
            Javalin app = HttpService.create(Fixtures.press(), archive, new ServiceSettings(0, data,
                    ServiceSettings.DEFAULT_MAX_BODY, 2, 8, Duration.ofSeconds(60), token), readiness).start(0);
            try {
                test.accept("http://localhost:" + app.port());
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<byte[]> send(String url, String token, String accept, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] reference() {
        return Fixtures.data(Fixtures.REFERENCE).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String archiveUrl(String origin) {
        return origin + "/render?template=gov-service-monthly&format=pdf&archive=true";
    }

    @Test
    void archiveRestartFindBySearchingAndDownloadWithTheRecordedHash() {
        String[] sha = new String[1];
        String[] location = new String[1];
        serve("", origin -> {
            HttpResponse<byte[]> created = send(archiveUrl(origin), null, null, reference());
            assertEquals(201, created.statusCode(), new String(created.body(), StandardCharsets.UTF_8));
            location[0] = created.headers().firstValue("Location").orElseThrow();
            JsonNode record = ServiceClient.json(created);
            assertEquals(location[0], "/archive/" + record.path("id").asLong());
            sha[0] = record.path("sha256").asString();
            assertEquals("2020-05", record.path("period").asString());
        });
        serve("", origin -> {
            JsonNode hits = ServiceClient.json(send(origin + "/archive/search?q=" + java.net.URLEncoder.encode("松潘县",
                    StandardCharsets.UTF_8), null, null, null));
            assertEquals(1, hits.path("hits").size());
            assertTrue(hits.path("hits").get(0).path("snippet").asString().contains("«松潘县»"));
            String file = hits.path("hits").get(0).path("file").asString();
            HttpResponse<byte[]> pdf = send(origin + file, null, null, null);
            assertEquals(200, pdf.statusCode());
            assertEquals(sha[0], Sha256.hex(pdf.body()));
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("2a", PdfA.validate(pdf.body()).flavour());
            assertTrue(PdfA.validate(pdf.body()).compliant(), PdfA.validate(pdf.body()).failures().toString());
            JsonNode full = ServiceClient.json(send(origin + location[0], null, null, null));
            assertEquals("阿坝州", full.path("data").path("region").asString());
            assertTrue(full.path("text").asString().contains("全州政务服务工作概况"));
            JsonNode health = ServiceClient.json(send(origin + "/health", null, null, null));
            assertEquals(1, health.path("archive").path("records").asInt());
            assertTrue(health.path("archive").path("consistent").asBoolean());
        });
    }

    @Test
    void anOfdACopyIsPublishedWithOfdCopyAndServedBesideThePdfA() {
        serve("", origin -> {
            HttpResponse<byte[]> created = send(archiveUrl(origin) + "&ofdCopy=true", null, null, reference());
            assertEquals(201, created.statusCode(), new String(created.body(), StandardCharsets.UTF_8));
            JsonNode ofd = ServiceClient.json(created).path("ofd");
            HttpResponse<byte[]> copy = send(origin + ofd.path("file").asString(), null, null, null);
            assertEquals(200, copy.statusCode());
            assertEquals("application/ofd", copy.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(ofd.path("sha256").asString(), Sha256.hex(copy.body()));
            assertEquals("\"" + ofd.path("sha256").asString() + "\"", copy.headers().firstValue("ETag").orElseThrow());
            assertTrue(copy.headers().firstValue("Content-Disposition").orElseThrow().contains(".ofd"));
            String id = Long.toString(ServiceClient.json(created).path("id").asLong());
            assertEquals(200, send(origin + "/archive/" + id + "/file?format=pdf", null, null, null).statusCode());
            assertEquals(400, send(origin + "/archive/" + id + "/file?format=docx", null, null, null).statusCode());
            long plain = ServiceClient.json(send(archiveUrl(origin), null, null, reference())).path("id").asLong();
            assertEquals(404, send(origin + "/archive/" + plain + "/file?format=ofd", null, null, null).statusCode());
            HttpResponse<byte[]> alone = send(origin + "/render?template=gov-service-monthly&ofdCopy=true", null, null,
                    reference());
            assertEquals(400, alone.statusCode());
            assertEquals("invalid_parameter", ServiceClient.json(alone).path("error").asString());
        });
    }

    @Test
    void acceptingPdfAnswersThePdfWithItsArchiveId() {
        serve("", origin -> {
            HttpResponse<byte[]> created = send(archiveUrl(origin), null, "application/pdf", reference());
            assertEquals(201, created.statusCode());
            assertEquals("application/pdf", created.headers().firstValue("Content-Type").orElseThrow());
            String id = created.headers().firstValue("X-Archive-Id").orElseThrow();
            HttpResponse<byte[]> stored = send(origin + "/archive/" + id + "/file", null, null, null);
            assertArrayEquals(created.body(), stored.body());
        });
    }

    @Test
    void aCorrectionSupersedesAndTheListingShowsTheLatest() {
        serve("", origin -> {
            long first = ServiceClient.json(send(archiveUrl(origin), null, null, reference())).path("id").asLong();
            long second = ServiceClient.json(send(archiveUrl(origin), null, null, reference())).path("id").asLong();
            JsonNode latest = ServiceClient.json(send(origin + "/archive?template=gov-service-monthly", null, null, null));
            assertEquals(1, latest.path("total").asInt());
            assertEquals(second, latest.path("records").get(0).path("id").asLong());
            assertEquals(first, latest.path("records").get(0).path("supersedes").asLong());
            JsonNode all = ServiceClient.json(send(origin + "/archive?all=true&from=2020-01&to=2020-12", null, null, null));
            assertEquals(2, all.path("total").asInt());
            assertEquals(405, send(origin + "/archive/" + first, null, null, "{}".getBytes(StandardCharsets.UTF_8))
                    .statusCode(), "no way to change a record");
        });
    }

    @Test
    void anAlteredFileIsNeverServed() {
        serve("", origin -> {
            JsonNode record = ServiceClient.json(send(archiveUrl(origin), null, null, reference()));
            String sha = record.path("sha256").asString();
            try {
                Files.writeString(data.resolve("files").resolve(sha.substring(0, 2)).resolve(sha + ".pdf"), "tampered");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            HttpResponse<byte[]> file = send(origin + record.path("file").asString(), null, null, null);
            assertEquals(500, file.statusCode());
            JsonNode error = ServiceClient.json(file);
            assertEquals("archive_corrupt", error.path("error").asString());
            assertTrue(error.path("message").asString().contains("altered"), error.toString());
        });
    }

    @Test
    void onlyPdfIsArchived() {
        serve("", origin -> {
            HttpResponse<byte[]> docx = send(origin + "/render?template=gov-service-monthly&format=docx&archive=true", null,
                    null, reference());
            assertEquals(400, docx.statusCode());
            assertEquals("archive_needs_pdf", ServiceClient.json(docx).path("error").asString());
        });
    }

    @Test
    void withATokenTheArchiveNeedsItAndRenderingStaysOpen() {
        serve(TOKEN, origin -> {
            HttpResponse<byte[]> anonymous = send(archiveUrl(origin), null, null, reference());
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(403, send(archiveUrl(origin), "wrong", null, reference()).statusCode());
            assertEquals(401, send(origin + "/archive", null, null, null).statusCode());
            assertEquals(403, send(origin + "/archive/search?q=abc", "wrong", null, null).statusCode());
            assertEquals(201, send(archiveUrl(origin), TOKEN, null, reference()).statusCode());
            assertEquals(200, send(origin + "/archive", TOKEN, null, null).statusCode());
            assertEquals(200, send(origin + "/render?template=gov-service-monthly", null, null, reference()).statusCode());
        });
    }
}
