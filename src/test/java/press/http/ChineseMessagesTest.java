package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.failure.Reason;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client that reads Chinese (the staff page always says so) is answered in Chinese, each of
 * the data's violations too; a program that does not ask keeps the English it parses today.
 */
class ChineseMessagesTest {

    /** Three Latin letters in a row: an English word, where a JSON path has been taken out. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    @Test
    void everyReasonHasChineseWords() {
        for (Reason reason : Reason.values()) {
            assertTrue(reason.chinese().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    reason + " has no Chinese words");
        }
    }

    @Test
    void dataThatBreakTheSchemaAreRefusedInChineseWhenTheClientReadsChinese() throws Exception {
        ObjectNode broken = Fixtures.data(Fixtures.REFERENCE);
        broken.put("period", "2020年6月");
        broken.remove("title");
        broken.put("备注栏", 1);
        serve(origin -> {
            JsonNode chinese = render(origin, broken, "zh-CN,zh;q=0.9,en;q=0.8");
            assertEquals("invalid_data", chinese.path("error").asString());
            assertTrue(chinese.path("message").asString().startsWith("数据有 3 处不符合"), chinese.toString());
            assertEquals(3, chinese.path("details").size());
            for (JsonNode detail : chinese.path("details")) {
                String message = detail.path("message").asString();
                assertFalse(ENGLISH.matcher(message).find(), "English in " + message);
                assertFalse(detail.has("messageZh"));
            }
            JsonNode english = render(origin, broken, null);
            assertTrue(english.path("message").asString().startsWith("the data do not match"), english.toString());
            assertTrue(english.path("details").get(0).path("message").asString().matches(".*[a-z]{3,}.*"));
        });
    }

    @Test
    void aClientThatPrefersEnglishIsAnsweredInEnglish() throws Exception {
        serve(origin -> {
            JsonNode answer = render(origin, Fixtures.data(Fixtures.REFERENCE).put("period", "June"), "en-GB,en;q=0.9,zh;q=0.5");
            assertTrue(answer.path("message").asString().startsWith("the data do not match"), answer.toString());
        });
    }

    @Test
    void aMissingFieldIsWordedAsAClerkWouldSayIt() throws Exception {
        serve(origin -> {
            ObjectNode broken = Fixtures.data(Fixtures.REFERENCE);
            broken.remove("title");
            JsonNode answer = render(origin, broken, "zh-CN");
            assertEquals("必填，尚未填写", answer.path("details").get(0).path("message").asString(), answer.toString());
            assertEquals("$.title", answer.path("details").get(0).path("path").asString());
        });
    }

    private interface Visit {
        void run(String origin) throws Exception;
    }

    private void serve(Visit visit) {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 1, 4,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                try {
                    visit.run(client.origin());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static JsonNode render(String origin, JsonNode body, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + "/render?template=gov-service-monthly&format=pdf"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(422, response.statusCode());
        return ServiceClient.json(response);
    }
}
