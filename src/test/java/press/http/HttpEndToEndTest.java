package press.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.Sha256;
import press.testing.Docx;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service over real HTTP on the real pipeline: the reference bulletin and every variant come
 * back whole, data errors name their JSON paths, renders in parallel agree. The edge itself (every
 * failure, limits, the queue) is tested on a stub in {@link HttpServiceTest}.
 */
@Tag("slow")
class HttpEndToEndTest {

    private static final String RENDER = "/render?template=gov-service-monthly";

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

    private static void serve(BiConsumer<Javalin, ServiceClient> test) {
        TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 64,
                Duration.ofSeconds(60)), true, test);
    }

    private static String reference() {
        return Fixtures.data(Fixtures.REFERENCE).toString();
    }

    @Test
    void rendersThePdfWithItsTypeLengthEtagAndUtf8FileName() {
        serve((app, client) -> {
            HttpResponse<byte[]> response = client.postJson(RENDER + "&format=pdf", reference());
            assertEquals(200, response.statusCode());
            assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(String.valueOf(response.body().length), response.headers().firstValue("Content-Length").orElseThrow());
            assertEquals("\"" + Sha256.hex(response.body()) + "\"", response.headers().firstValue("ETag").orElseThrow());
            String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
            assertTrue(disposition.contains("filename=\"bulletin-2020-05.pdf\""), disposition);
            assertTrue(disposition.contains("filename*=UTF-8''" + ContentDisposition.encode("全州政务服务工作概况-2020-05.pdf")),
                    disposition);
            assertTrue(new ExtractedPdf(response.body()).text().contains("全州政务服务工作概况"));
            assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
        });
    }

    @Test
    void acceptsAnEnvelopeAndRendersDocx() {
        serve((app, client) -> {
            String envelope = "{\"template\":\"gov-service-monthly\",\"variant\":\"jianbao\",\"format\":\"docx\",\"data\":"
                    + reference() + "}";
            HttpResponse<byte[]> response = client.postJson("/render", envelope);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().contains("wordprocessingml"));
            assertTrue(new Docx(response.body()).text("word/document.xml").contains("全州政务服务工作概况"));
        });
    }

    @Test
    void schemaViolationsAre422ListingEveryPath() {
        serve((app, client) -> {
            ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
            data.put("period", "2020-13");
            data.remove("closing");
            HttpResponse<byte[]> response = client.postJson(RENDER, data.toString());
            TestService.assertError(response, 422, "invalid_data");
            Set<String> paths = new TreeSet<>();
            ServiceClient.json(response).path("details").values().forEach(d -> paths.add(d.path("path").asString()));
            assertEquals(Set.of("$.closing", "$.period"), paths);
        });
    }

    @Test
    void unknownTemplateVariantAndFormatNameTheValidOnes() {
        serve((app, client) -> {
            HttpResponse<byte[]> template = client.postJson("/render?template=weekly", reference());
            TestService.assertError(template, 404, "unknown_template");
            JsonNode valid = ServiceClient.json(template).path("details").get(0).path("valid");
            assertEquals("[\"generic-bulletin\",\"gov-service-monthly\",\"official-document\"]", valid.toString());
            TestService.assertError(client.postJson(RENDER + "&variant=fancy", reference()), 404, "unknown_variant");
            HttpResponse<byte[]> format = client.postJson(RENDER + "&format=odt", reference());
            TestService.assertError(format, 400, "unknown_format");
            assertEquals("pdf", ServiceClient.json(format).path("details").get(0).path("valid").get(0).asString());
            TestService.assertError(client.postJson("/render", reference()), 400, "missing_template");
        });
    }

    @Test
    void theReferenceIsProofreadOverHttp() {
        serve((app, client) -> {
            HttpResponse<byte[]> lint = client.postJson("/lint?template=gov-service-monthly", reference());
            assertEquals(200, lint.statusCode());
            assertTrue(ServiceClient.json(lint).toString().contains("$.appendices.evaluation.totalRates.activeRate"));
            HttpResponse<byte[]> pdf = client.postJson(RENDER, reference());
            assertEquals("4", pdf.headers().firstValue("X-Bulletin-Warnings").orElseThrow());
            HttpResponse<byte[]> strict = client.postJson(RENDER + "&strict=true", reference());
            assertEquals(422, strict.statusCode());
            assertEquals("invalid_figures", ServiceClient.json(strict).path("error").asString());
        });
    }

    @Test
    void aGongwenWithoutItsDocumentNumberIs422NamingTheFieldAndTheLintOfTheVariantSaysSo() {
        serve((app, client) -> {
            ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
            data.remove("documentNumber");
            HttpResponse<byte[]> response = client.postJson(RENDER + "&variant=gongwen", data.toString());
            TestService.assertError(response, 422, "invalid_figures");
            assertEquals("$.documentNumber", ServiceClient.json(response).path("details").get(0).path("paths").get(0)
                    .asString());
            JsonNode lint = ServiceClient.json(client.postJson("/lint?template=gov-service-monthly&variant=gongwen",
                    data.toString()));
            assertEquals(1, lint.path("errors").asInt(), lint.toString());
            assertEquals(0, ServiceClient.json(client.postJson("/lint?template=gov-service-monthly", data.toString()))
                    .path("errors").asInt());
        });
    }

    @Test
    void anUncoveredCharacterIs422NamingItsJsonPath() {
        serve((app, client) -> {
            ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
            ((ObjectNode) data.get("closing")).put("office", "办公室\uD83D\uDE00");
            HttpResponse<byte[]> response = client.postJson(RENDER, data.toString());
            TestService.assertError(response, 422, "uncovered_character");
            JsonNode detail = ServiceClient.json(response).path("details").get(0);
            assertEquals("U+1F600", detail.path("codePoint").asString());
            assertEquals("$.closing.office", detail.path("paths").get(0).asString());
        });
    }

    @Test
    void dataLookingLikeMarkupOrTemplateCodeComesOutLiterally() {
        serve((app, client) -> {
            ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
            String literal = "<b>&amp; ${x} <#if true>yes</#if>";
            ((ObjectNode) data.get("news").get("own").get(0)).put("text", literal);
            HttpResponse<byte[]> response = client.postJson(RENDER, data.toString());
            assertEquals(200, response.statusCode());
            assertTrue(new ExtractedPdf(response.body()).text().replaceAll("\\s", "").contains(literal.replaceAll("\\s", "")));
        });
    }

    @Test
    void theCatalogueDescribesKindsVariantsSchemasAndExamplesThatRender() {
        serve((app, client) -> {
            JsonNode list = ServiceClient.json(client.get("/templates"));
            JsonNode kind = list.path("templates").get(1);
            assertEquals("gov-service-monthly", kind.path("name").asString());
            assertEquals("jianbao", kind.path("defaultVariant").asString());
            assertTrue(kind.path("variants").get(0).path("description").asString().length() > 10);
            assertEquals("领导摘要", kind.path("variants").get(0).path("title").asString(), "digest, by the title a clerk knows");
            JsonNode described = ServiceClient.json(client.get("/templates/gov-service-monthly"));
            assertEquals("https://json-schema.org/draft/2020-12/schema", described.path("schema").path("$schema").asString());
            assertEquals("pdf", described.path("formats").get(0).asString());
            HttpResponse<byte[]> example = client.get("/templates/gov-service-monthly/example");
            assertEquals(200, example.statusCode());
            assertEquals(200, client.post(RENDER, "application/json", example.body()).statusCode());
            TestService.assertError(client.get("/templates/weekly"), 404, "unknown_template");
            TestService.assertError(client.get("/nowhere"), 404, "not_found");
        });
    }

    @Test
    void everyVariantOfEveryKindRendersOverHttpInEveryFormatAndMetricsCountEach() {
        serve((app, client) -> {
            JsonNode templates = ServiceClient.json(client.get("/templates")).path("templates");
            Set<String> kinds = new TreeSet<>();
            for (JsonNode kind : templates.values()) {
                String name = kind.path("name").asString();
                kinds.add(name);
                for (JsonNode variant : kind.path("variants").values()) {
                    // a variant written otherwise than its kind's example has an example of its own
                    byte[] data = name.equals(Fixtures.KIND) ? reference().getBytes(StandardCharsets.UTF_8)
                            : client.get("/templates/" + name + "/example?variant=" + variant.path("name").asString()).body();
                    for (String format : new String[] {"pdf", "docx", "ofd"}) {
                        HttpResponse<byte[]> response = client.post("/render?template=" + name + "&variant="
                                + variant.path("name").asString() + "&format=" + format, "application/json", data);
                        assertEquals(200, response.statusCode(), name + "/" + variant.path("name").asString() + " " + format);
                        if (format.equals("ofd")) {
                            assertEquals("application/ofd", response.headers().firstValue("Content-Type").orElseThrow());
                            assertEquals("PK", new String(response.body(), 0, 2, StandardCharsets.US_ASCII), "a zip package");
                        }
                    }
                }
            }
            assertEquals(Set.of("generic-bulletin", "gov-service-monthly", "official-document"), kinds);
            assertEquals(4, templates.get(1).path("variants").size(), "jianbao, gongwen, xinhan, digest");
            String metrics = new String(client.get("/metrics").body(), StandardCharsets.UTF_8);
            assertTrue(metrics.contains("format=\"ofd\",outcome=\"rendered\""), "OFD renders counted under their own label");
        });
    }

    @Test
    void concurrentRendersAllSucceedWithTheSameText() throws Exception {
        serve((app, client) -> {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<HttpResponse<byte[]>>> futures = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    futures.add(pool.submit(() -> client.postJson(RENDER, reference())));
                }
                String first = null;
                for (Future<HttpResponse<byte[]>> future : futures) {
                    HttpResponse<byte[]> response = future.get();
                    assertEquals(200, response.statusCode());
                    String text = new ExtractedPdf(response.body()).text();
                    if (first == null) {
                        first = text;
                    }
                    assertEquals(first, text);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void identicalRendersCarryTheSameEtagOnlyIfTheBytesAreEqual() {
        serve((app, client) -> {
            HttpResponse<byte[]> one = client.postJson(RENDER, reference());
            HttpResponse<byte[]> two = client.postJson(RENDER, reference());
            assertEquals(one.headers().firstValue("ETag").equals(two.headers().firstValue("ETag")),
                    java.util.Arrays.equals(one.body(), two.body()));
            assertArrayEquals(Sha256.hex(two.body()).getBytes(StandardCharsets.US_ASCII),
                    two.headers().firstValue("ETag").orElseThrow().replace("\"", "").getBytes(StandardCharsets.US_ASCII));
        });
    }
}
