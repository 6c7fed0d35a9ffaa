package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.testing.DraftNotice;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Drafts over HTTP: saved, listed, read version by version, taken through the procedure to a record; bad requests get JSON 4xx. */
class DraftHttpTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String DRAFT = "/drafts/official-document/" + URLEncoder.encode("云岭市", StandardCharsets.UTF_8)
            + "/2026-11";

    @TempDir
    Path data;

    private void serve(long maxBody, Consumer<String> test) {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Readiness readiness = new Readiness();
            readiness.ready();
            Javalin app = HttpService.create(Fixtures.press(), archive, new ServiceSettings(0, data, maxBody, 2, 8,
                    Duration.ofSeconds(60), ""), readiness).start(0);
            try {
                test.accept("http://localhost:" + app.port());
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<byte[]> send(String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return ServiceClient.json(response);
    }

    @Test
    void aDraftIsSavedListedReadByVersionAndSignedOffIntoTheArchive() {
        serve(ServiceSettings.DEFAULT_MAX_BODY, origin -> {
            ObjectNode notice = notice();
            HttpResponse<byte[]> first = send("PUT", origin + DRAFT, notice.toString());
            assertEquals(200, first.statusCode(), new String(first.body(), StandardCharsets.UTF_8));
            assertEquals(1, json(first).get("version").asInt());
            assertEquals("local", json(first).get("savedBy").asString());
            notice.put("title", "第二稿");
            assertEquals(2, json(send("PUT", origin + DRAFT + "?variant=wenjian", notice.toString())).get("version").asInt());

            JsonNode listing = json(send("GET", origin + "/drafts", null));
            assertEquals("local", listing.get("person").get("name").asString(), "the page offers the asker's steps");
            assertEquals(4, listing.get("person").get("roles").size());
            JsonNode list = listing.get("drafts");
            assertEquals(1, list.size());
            assertEquals("云岭市", list.get(0).get("region").asString());
            assertEquals("草稿", list.get(0).get("stateName").asString());
            assertEquals(2, list.get(0).get("version").asInt());
            assertEquals("第二稿", json(send("GET", origin + DRAFT, null)).get("data").get("title").asString());
            assertEquals(2, json(send("GET", origin + DRAFT + "/versions", null)).get("versions").size());
            assertEquals(notice().get("title"), json(send("GET", origin + DRAFT + "/versions/1", null)).get("data").get("title"));

            assertEquals("SUBMITTED", json(send("POST", origin + DRAFT + "/submit", null)).get("state").asString());
            HttpResponse<byte[]> again = send("POST", origin + DRAFT + "/submit", null);
            assertEquals(409, again.statusCode());
            assertEquals("draft_state", json(again).get("error").asString());
            HttpResponse<byte[]> noComment = send("POST", origin + DRAFT + "/review", "{\"decision\":\"return\"}");
            assertEquals(400, noComment.statusCode());
            assertEquals("comment", json(noComment).get("details").get(0).get("field").asString());
            assertEquals("PASSED", json(send("POST", origin + DRAFT + "/review", "{\"decision\":\"pass\",\"comment\":\"同意\"}"))
                    .get("state").asString());
            HttpResponse<byte[]> signed = send("POST", origin + DRAFT + "/signoff", null);
            assertEquals(201, signed.statusCode(), new String(signed.body(), StandardCharsets.UTF_8));
            JsonNode body = json(signed);
            assertEquals("已签发", body.get("stateName").asString());
            assertEquals(4, body.get("events").size(), "submitted, passed, signing, signed");
            assertEquals("同意", body.get("events").get(1).get("comment").asString());
            long id = body.get("record").get("id").asLong();
            assertEquals("/archive/" + id, signed.headers().firstValue("Location").orElseThrow());
            JsonNode record = json(send("GET", origin + "/archive/" + id, null));
            assertEquals("云府发〔2026〕1号",
                    record.get("data").get("documentNumber").asString());
        });
    }

    @Test
    void badDraftRequestsAreAnsweredWithJsonNamingTheCause() {
        serve(4096, origin -> {
            HttpResponse<byte[]> badPeriod = send("PUT", origin + "/drafts/official-document/x/2026-13", "{}");
            assertEquals(400, badPeriod.statusCode());
            assertTrue(json(badPeriod).get("message").asString().contains("period"));
            assertEquals(404, send("GET", origin + DRAFT, null).statusCode());
            assertEquals("not_found", json(send("GET", origin + DRAFT + "/versions/3", null)).get("error").asString());
            assertEquals(400, send("GET", origin + DRAFT + "/versions/x", null).statusCode());
            HttpResponse<byte[]> unknown = send("PUT", origin + "/drafts/no-such-kind/x/2026-11", "{}");
            assertEquals(404, unknown.statusCode());
            assertEquals("unknown_template", json(unknown).get("error").asString());
            HttpResponse<byte[]> large = send("PUT", origin + DRAFT, "{\"title\":\"" + "长".repeat(4000) + "\"}");
            assertEquals(413, large.statusCode());
            assertEquals("body_too_large", json(large).get("error").asString());
            assertEquals(400, send("PUT", origin + DRAFT, "[1]").statusCode());
            assertEquals(404, send("POST", origin + DRAFT + "/signoff", null).statusCode());
        });
    }

    private static ObjectNode notice() {
        return DraftNotice.data();
    }
}
