package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiConsumer;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.Sha256;
import press.pipeline.ReloadingPress;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import press.testing.TemplatesCopy;
import tools.jackson.databind.JsonNode;

/**
 * Over HTTP a template author's mistake is a 422 {@code template_error} with the file, line and
 * a Chinese reason, never a 500; templates changed under the running service are served only
 * once they pass, and the phrases an office saves change the next render.
 */
class TemplatesHttpTest {

    private static final String KIND = "gov-service-monthly";
    private static final String RENDER = "/render?template=" + KIND;

    @TempDir
    static Path data;

    @TempDir
    Path folder;

    private static ArchiveStore archive;

    @BeforeAll
    static void openArchive() {
        archive = ArchiveStore.open(data);
    }

    @AfterAll
    static void closeArchive() {
        archive.close();
    }

    private static String reference() {
        try {
            return Files.readString(Fixtures.fixture(Fixtures.REFERENCE).resolve("data.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void serve(TemplatesCopy templates, BiConsumer<Javalin, ServiceClient> test) {
        ReloadingPress press = ReloadingPress.open(templates.root(), Fixtures.root().resolve("fonts"));
        TestService.serve(press, archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                Duration.ofSeconds(60)), true, test);
    }

    private static String pdfText(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return new ExtractedPdf(response.body()).text();
    }

    @Test
    void anUndefinedVariableIsA422NamingTheTemplateLineInChinese() {
        TemplatesCopy templates = TemplatesCopy.in(folder).edit(KIND + "/lib.ftlx",
                "<appendix number=\"1\" title=\"${platform.title}\">", "<appendix number=\"1\" title=\"${platform.titel}\">");
        serve(templates, (app, client) -> {
            JsonNode body = TestService.assertError(client.postJson(RENDER, reference()), 422, "template_error");
            JsonNode detail = body.path("details").get(0);
            assertEquals(KIND + "/lib.ftlx", detail.path("file").asString());
            assertEquals(templates.lineOf(KIND + "/lib.ftlx", "platform.titel"), detail.path("line").asInt());
            assertTrue(detail.path("reason").asString().contains("没有值"), body.toString());
            assertTrue(body.path("message").asString().startsWith("模板 " + KIND + "/lib.ftlx 第"), body.toString());
        });
    }

    @Test
    void aBrokenTemplateDroppedIntoTheRunningServiceIsRefusedAndTheOldOneKeepsServing() {
        TemplatesCopy templates = TemplatesCopy.in(folder);
        serve(templates, (app, client) -> {
            templates.edit(KIND + "/jianbao.ftlx", "<title>${title}</title>", "<#if title??><title>${title}</title>");

            JsonNode refused = TestService.assertError(client.postJson("/templates/reload", ""), 422, "template_error");
            assertEquals(KIND + "/jianbao.ftlx", refused.path("details").get(0).path("file").asString());

            JsonNode health = ServiceClient.json(client.get("/health"));
            assertEquals("refused", health.path("templates").path("lastReload").asString(), health.toString());
            assertTrue(health.path("templates").path("problem").asString().contains("</#if>"), health.toString());
            assertTrue(pdfText(client.postJson(RENDER, reference())).contains("全州政务服务工作完成情况"));
        });
    }

    @Test
    void phrasesSavedOverHttpAreCheckedFirstAndChangeTheNextRenderButNotTheArchivedOne() throws IOException {
        TemplatesCopy templates = TemplatesCopy.in(folder);
        Path file = templates.root().resolve(KIND + "/phrases.json");
        String original = Files.readString(file);
        serve(templates, (app, client) -> {
            JsonNode listed = ServiceClient.json(client.get("/templates/" + KIND + "/phrases"));
            assertTrue(listed.path("phrases").path("phrases").has("casesTotal"), listed.toString());
            HttpResponse<byte[]> published = client.postJson(RENDER + "&archive=true", reference());
            assertEquals(201, published.statusCode(), new String(published.body(), StandardCharsets.UTF_8));
            JsonNode record = ServiceClient.json(published);
            String originalHash = Sha256.hex(original.getBytes(StandardCharsets.UTF_8));

            byte[] broken = original.replace("事项{受理件数}件", "事项{受理数}件").getBytes(StandardCharsets.UTF_8);
            JsonNode refused = TestService.assertError(client.putJson("/templates/" + KIND + "/phrases", broken), 422, "template_error");
            assertEquals("casesTotal", refused.path("details").get(0).path("phrase").asString(), refused.toString());
            assertEquals(original, read(file));

            String edited = original.replace("{范围}共受理各类", "{范围}共计受理各类");
            String preview = pdfText(client.postJson("/templates/" + KIND + "/phrases/preview", "{\"phrases\": " + edited + "}"));
            assertTrue(preview.replaceAll("\\s", "").contains("全州共计受理各类"), preview);
            assertEquals(original, read(file), "a preview saves nothing");
            assertTrue(pdfText(client.postJson(RENDER, reference())).replaceAll("\\s", "").contains("全州共受理各类"));

            HttpResponse<byte[]> saved = client.putJson("/templates/" + KIND + "/phrases", edited.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, saved.statusCode(), new String(saved.body(), StandardCharsets.UTF_8));
            assertTrue(pdfText(client.postJson(RENDER, reference())).replaceAll("\\s", "").contains("全州共计受理各类"));

            HttpResponse<byte[]> archived = client.get("/archive/" + record.path("id").asLong() + "/file");
            assertEquals(record.path("sha256").asString(), Sha256.hex(archived.body()));
            assertTrue(pdfText(archived).replaceAll("\\s", "").contains("全州共受理各类"));
            JsonNode kept = ServiceClient.json(client.get("/archive/" + record.path("id").asLong()));
            assertEquals(originalHash, kept.path("phrasesSha256").asString(), "the record names the phrases it was made with");
            HttpResponse<byte[]> republished = client.postJson(RENDER + "&archive=true", reference());
            assertEquals(201, republished.statusCode(), new String(republished.body(), StandardCharsets.UTF_8));
            JsonNode next = ServiceClient.json(client.get("/archive/" + ServiceClient.json(republished).path("id").asLong()));
            assertEquals(Sha256.hex(edited.getBytes(StandardCharsets.UTF_8)), next.path("phrasesSha256").asString());
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
