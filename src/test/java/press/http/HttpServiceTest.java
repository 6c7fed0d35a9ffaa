package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.Sha256;
import press.failure.Reason;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP edge on a stub pipeline: how requests are decoded, every failure's status and JSON
 * body, limits, the render queue, health and the OpenAPI document. What the real pipeline
 * makes of a request is {@link HttpEndToEndTest}'s.
 */
class HttpServiceTest {

    private static final String RENDER = "/render?template=gov-service-monthly";

    /** The statuses the service promises, reason by reason: the table README gives. */
    private static final Map<Reason, Integer> STATUS = new EnumMap<>(Map.ofEntries(
            Map.entry(Reason.MALFORMED_JSON, 400), Map.entry(Reason.MISSING_TEMPLATE, 400),
            Map.entry(Reason.INVALID_NAME, 400), Map.entry(Reason.UNKNOWN_FORMAT, 400),
            Map.entry(Reason.INVALID_PARAMETER, 400), Map.entry(Reason.ARCHIVE_NEEDS_PDF, 400),
            Map.entry(Reason.BAD_REQUEST, 400), Map.entry(Reason.NO_SUCH_FILE, 400),
            Map.entry(Reason.INVALID_QUERY, 400), Map.entry(Reason.MISSING_QUERY, 400), Map.entry(Reason.INVALID_ID, 400),
            Map.entry(Reason.UNAUTHORIZED, 401), Map.entry(Reason.FORBIDDEN, 403),
            Map.entry(Reason.FOREIGN_HOST, 421), Map.entry(Reason.FOREIGN_ORIGIN, 403), Map.entry(Reason.NOT_FOUND, 404),
            Map.entry(Reason.REQUEST_TIMEOUT, 408), Map.entry(Reason.URI_TOO_LONG, 414),
            Map.entry(Reason.HEADERS_TOO_LARGE, 431), Map.entry(Reason.UNSUPPORTED_HTTP_VERSION, 505),
            Map.entry(Reason.UNKNOWN_TEMPLATE, 404), Map.entry(Reason.UNKNOWN_VARIANT, 404),
            Map.entry(Reason.NO_EXAMPLE, 404), Map.entry(Reason.METHOD_NOT_ALLOWED, 405),
            Map.entry(Reason.TOO_MANY_ATTEMPTS, 429),
            Map.entry(Reason.DRAFT_STATE, 409),
            Map.entry(Reason.BODY_TOO_LARGE, 413), Map.entry(Reason.UNSUPPORTED_MEDIA_TYPE, 415),
            Map.entry(Reason.INVALID_DATA, 422), Map.entry(Reason.INVALID_FIGURES, 422),
            Map.entry(Reason.UNCOVERED_CHARACTER, 422), Map.entry(Reason.TEMPLATE_ERROR, 422),
            Map.entry(Reason.BUSY, 503), Map.entry(Reason.RENDER_TIMEOUT, 503), Map.entry(Reason.SHUTTING_DOWN, 503),
            Map.entry(Reason.OUT_OF_MEMORY, 503),
            Map.entry(Reason.ARCHIVE_UNAVAILABLE, 503),
            Map.entry(Reason.TEMPLATE_FAILED, 500), Map.entry(Reason.BROKEN_MARKUP, 500),
            Map.entry(Reason.ARCHIVE_CORRUPT, 500), Map.entry(Reason.INTERNAL, 500)));

    @TempDir
    static Path data;

    private static ArchiveStore archive;

    @BeforeAll
    static void openArchive() {
        archive = ArchiveStore.open(data);
    }

    @AfterAll
    static void closeArchive() {
        archive.close();
    }

    private static ServiceSettings settings(long maxBody, int renders, int queued, Duration timeout) {
        return TestService.settings(data, maxBody, renders, queued, timeout);
    }

    private static void serve(ServiceSettings settings, boolean ready, BiConsumer<Javalin, ServiceClient> test) {
        TestService.serve(new StubPress(), archive, settings, ready, test);
    }

    private static void serve(BiConsumer<Javalin, ServiceClient> test) {
        serve(settings(ServiceSettings.DEFAULT_MAX_BODY, 2, 8, Duration.ofSeconds(60)), true, test);
    }

    @Test
    void everyFailureAnswersItsStatusWithItsCodeMessageAndDetailsInJson() {
        assertEquals(Set.of(Reason.values()), STATUS.keySet(), "the table names every reason");
        serve((app, client) -> {
            for (Reason reason : Reason.values()) {
                HttpResponse<byte[]> response = client.postJson(RENDER, "{\"fail\":\"" + reason.name() + "\"}");
                boolean ours = STATUS.get(reason) == 500 && reason != Reason.ARCHIVE_CORRUPT;
                JsonNode body = TestService.assertError(response, STATUS.get(reason), ours ? "internal_error" : reason.code());
                if (!ours) {
                    assertEquals("$.fail", body.path("details").get(0).path("path").asString(), reason.name());
                }
            }
        });
    }

    @Test
    void ourOwnFaultsTellTheClientOnlyARequestIdToQuote() {
        serve((app, client) -> {
            HttpResponse<byte[]> response = client.postJson(RENDER, "{\"fail\":\"TEMPLATE_FAILED\"}");
            JsonNode body = TestService.assertError(response, 500, "internal_error");
            String id = body.path("details").get(0).path("requestId").asString();
            assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), id);
            assertFalse(body.toString().contains("stub"), "nothing of the failure's insides: " + body);
        });
    }

    @Test
    void aServiceThatMustBeRetriedSaysWhen() {
        serve((app, client) -> {
            assertEquals("1", client.postJson(RENDER, "{\"fail\":\"BUSY\"}").headers().firstValue("Retry-After").orElseThrow());
            assertEquals("5", client.postJson(RENDER, "{\"fail\":\"RENDER_TIMEOUT\"}").headers().firstValue("Retry-After")
                    .orElseThrow());
        });
    }

    @Test
    void parametersAndEnvelopeReachThePipelineAndParametersWin() {
        serve((app, client) -> {
            assertEquals("stub gov-service-monthly/gongwen docx embedFonts=true archival=false", text(client.postJson(
                    RENDER + "&variant=gongwen&format=docx&embedFonts=true", "{\"title\":\"x\"}")));
            assertEquals("stub generic-bulletin/standard pdf embedFonts=false archival=false", text(client.postJson("/render",
                    "{\"template\":\"generic-bulletin\",\"variant\":\"standard\",\"format\":\"pdf\",\"data\":{}}")));
            assertEquals("stub gov-service-monthly/null docx embedFonts=true archival=false", text(client.postJson(
                    RENDER + "&format=docx", "{\"template\":\"generic-bulletin\",\"format\":\"pdf\",\"embedFonts\":true,\"data\":{}}")));
            assertEquals("stub gov-service-monthly/null pdf embedFonts=false archival=false",
                    text(client.postJson(RENDER, "{\"data\":{},\"title\":\"not an envelope: data among the data\"}")));
        });
    }

    @Test
    void theDocumentComesWithItsTypeLengthEtagAndUtf8FileName() {
        serve((app, client) -> {
            HttpResponse<byte[]> response = client.postJson(RENDER + "&format=docx",
                    "{\"title\":\"全州政务服务工作概况\",\"period\":\"2020-05\"}");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().contains("wordprocessingml"));
            assertEquals(String.valueOf(response.body().length), response.headers().firstValue("Content-Length").orElseThrow());
            assertEquals("\"" + Sha256.hex(response.body()) + "\"", response.headers().firstValue("ETag").orElseThrow());
            String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
            assertTrue(disposition.contains("filename*=UTF-8''" + ContentDisposition.encode("全州政务服务工作概况-2020-05.docx")),
                    disposition);
        });
    }

    @Test
    void theProofreadingsWarningsAreCountedInAHeaderAndWithReportComeBackInFull() {
        serve((app, client) -> {
            HttpResponse<byte[]> counted = client.postJson(RENDER, "{\"warn\":[\"甲\",\"乙\"]}");
            assertEquals("2", counted.headers().firstValue("X-Bulletin-Warnings").orElseThrow());
            HttpResponse<byte[]> reported = client.postJson("/render", "{\"template\":\"gov-service-monthly\","
                    + "\"report\":true,\"data\":{\"warn\":[\"附件标题不一致\"]}}");
            assertEquals(200, reported.statusCode());
            JsonNode body = ServiceClient.json(reported);
            assertEquals(1, body.path("report").path("warnings").asInt());
            assertEquals("附件标题不一致", body.path("report").path("findings").get(0).path("message").asString());
            assertEquals("application/pdf", body.path("contentType").asString());
            assertTrue(new String(java.util.Base64.getDecoder().decode(body.path("document").asString()),
                    StandardCharsets.UTF_8).startsWith("stub gov-service-monthly"));
        });
    }

    @Test
    void lintAnswersTheReportWithoutRendering() {
        serve((app, client) -> {
            HttpResponse<byte[]> response = client.postJson("/lint?template=gov-service-monthly", "{\"warn\":[\"甲\"]}");
            assertEquals(200, response.statusCode());
            JsonNode report = ServiceClient.json(response);
            assertEquals(0, report.path("errors").asInt());
            assertEquals(1, report.path("warnings").asInt());
            assertEquals("$.warn", report.path("findings").get(0).path("paths").get(0).asString());
            TestService.assertError(client.postJson("/lint", "{}"), 400, "missing_template");
        });
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        serve((app, client) -> {
            HttpResponse<byte[]> response = client.postJson(RENDER, "{\n \"title\": \"x\",\n oops }");
            JsonNode detail = TestService.assertError(response, 400, "malformed_json").path("details").get(0);
            assertEquals(3, detail.path("line").asInt());
            assertTrue(detail.path("column").asInt() > 0);
            TestService.assertError(client.postJson(RENDER, "[1, 2]"), 400, "malformed_json");
        });
    }

    @Test
    void badParametersNameTheFieldAndTheValidValues() {
        serve((app, client) -> {
            JsonNode format = TestService.assertError(client.postJson(RENDER + "&format=odt", "{}"), 400, "unknown_format");
            assertEquals("[\"pdf\",\"docx\",\"ofd\"]", format.path("details").get(0).path("valid").toString());
            JsonNode embed = TestService.assertError(client.postJson(RENDER + "&embedFonts=yes", "{}"), 400, "invalid_parameter");
            assertEquals("embedFonts", embed.path("details").get(0).path("field").asString());
            TestService.assertError(client.postJson(RENDER + "&archive=1", "{}"), 400, "invalid_parameter");
            TestService.assertError(client.postJson(RENDER + "&format=docx&archive=true", "{}"), 400, "archive_needs_pdf");
            TestService.assertError(client.postJson("/render", "{}"), 400, "missing_template");
        });
    }

    @Test
    void namesWithPathCharactersAreRefusedBeforeAnyLookup() {
        serve((app, client) -> {
            TestService.assertError(client.postJson("/render?template=..%2F..%2Fetc", "{}"), 400, "invalid_name");
            TestService.assertError(client.postJson(RENDER + "&variant=a/b", "{}"), 400, "invalid_name");
            TestService.assertError(client.get("/templates/..%2Ffonts"), 400, "invalid_name");
        });
    }

    @Test
    void aBodyOverTheLimitIs413AnotherContentTypeIs415AndTheServerKeepsServing() {
        serve(settings(1000, 2, 8, Duration.ofSeconds(60)), true, (app, client) -> {
            TestService.assertError(client.postJson(RENDER, "{\"title\":\"" + "长".repeat(1000) + "\"}"), 413, "body_too_large");
            TestService.assertError(client.post(RENDER, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415,
                    "unsupported_media_type");
            assertEquals(200, client.postJson(RENDER, "{}").statusCode());
        });
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        serve((app, client) -> {
            TestService.assertError(client.get("/nowhere"), 404, "not_found");
            TestService.assertError(client.get("/render"), 405, "method_not_allowed");
        });
    }

    @Test
    void aFullQueueAnswers503WithRetryAfterAndNothingElseFails() {
        serve(settings(ServiceSettings.DEFAULT_MAX_BODY, 1, 0, Duration.ofSeconds(60)), true, (app, client) -> {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<HttpResponse<byte[]>>> futures = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    futures.add(pool.submit(() -> client.postJson(RENDER, "{\"sleepMillis\":400}")));
                }
                int busy = 0;
                for (Future<HttpResponse<byte[]>> future : futures) {
                    HttpResponse<byte[]> response = future.get();
                    if (response.statusCode() == 503) {
                        busy++;
                        TestService.assertError(response, 503, "busy");
                        assertEquals("1", response.headers().firstValue("Retry-After").orElseThrow());
                    } else {
                        assertEquals(200, response.statusCode());
                    }
                }
                assertTrue(busy > 0, "one renderer and no queue must turn some of six away");
                assertEquals(200, client.postJson(RENDER, "{}").statusCode(), "and serves again after");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void aRenderPastItsTimeLimitIsAbandonedWith503() {
        serve(settings(ServiceSettings.DEFAULT_MAX_BODY, 1, 1, Duration.ofMillis(300)), true, (app, client) -> {
            HttpResponse<byte[]> response = client.postJson(RENDER, "{\"sleepMillis\":5000}");
            TestService.assertError(response, 503, "render_timeout");
            assertEquals("5", response.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, client.postJson(RENDER, "{}").statusCode(), "the abandoned render frees its renderer");
        });
    }

    @Test
    void healthIsReadyOnlyOnceWarm() {
        serve(settings(ServiceSettings.DEFAULT_MAX_BODY, 2, 8, Duration.ofSeconds(60)), false, (app, client) -> {
            HttpResponse<byte[]> response = client.get("/health");
            assertEquals(503, response.statusCode());
            assertEquals("starting", ServiceClient.json(response).path("status").asString());
        });
        serve((app, client) -> {
            HttpResponse<byte[]> response = client.get("/health");
            assertEquals(200, response.statusCode());
            assertEquals("ready", ServiceClient.json(response).path("status").asString());
            assertTrue(ServiceClient.json(response).path("memory").path("heapUsedKiB").asLong() > 0);
        });
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRegisteredRoutesAndEveryFailureCode() {
        serve((app, client) -> {
            JsonNode openApi = ServiceClient.json(client.get("/openapi.json"));
            assertEquals("3.1.0", openApi.path("openapi").asString());
            Set<String> documented = new TreeSet<>();
            for (String path : openApi.path("paths").propertyNames()) {
                for (String method : openApi.path("paths").path(path).propertyNames()) {
                    documented.add(method.toUpperCase() + " " + path);
                }
            }
            Set<String> registered = new TreeSet<>();
            app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
                var endpoint = parsed.endpoint;
                String method = endpoint.method.name();
                if (!method.equals("BEFORE") && !method.equals("AFTER") && !method.equals("HEAD")) {
                    registered.add(method + " " + endpoint.path);
                }
            });
            assertEquals(registered, documented);
            Set<String> codes = new TreeSet<>();
            openApi.path("components").path("schemas").path("Error").path("properties").path("error").path("enum")
                    .values().forEach(code -> codes.add(code.asString()));
            Set<String> reasons = new TreeSet<>();
            for (Reason reason : Reason.values()) {
                reasons.add(reason.code());
            }
            assertEquals(reasons, codes, "the Error schema lists every failure code");
        });
    }

    private static String text(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
