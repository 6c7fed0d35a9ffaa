package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.testing.Fixtures;
import press.testing.Workbooks;

/** {@code POST /import}: a workbook's sheets as table blocks; a file too large, of the wrong type or no workbook is a clear 4xx. */
class ImportHttpTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path data;

    private interface Calls {
        void run(String origin) throws Exception;
    }

    private void serve(Calls calls) throws Exception {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Readiness readiness = new Readiness();
            readiness.ready();
            Javalin app = HttpService.create(Fixtures.press(), archive, new ServiceSettings(0, data,
                    ServiceSettings.DEFAULT_MAX_BODY, 2, 8, Duration.ofSeconds(60), ""), readiness).start(0);
            try {
                calls.run("http://localhost:" + app.port());
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> post(String url, String type, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWorkbookComesBackAsTableBlocksAndBadUploadsAreRefusedClearly() throws Exception {
        serve(origin -> {
            HttpResponse<String> read = post(origin + "/import?format=xlsx", XLSX, Workbooks.towns());
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("\"sheet\":\"10月\"") && read.body().contains("\"rowspan\":2")
                    && read.body().contains("1616.5"), read.body());

            HttpResponse<String> large = post(origin + "/import?format=xlsx", XLSX, new byte[6 * 1024 * 1024]);
            assertEquals(413, large.statusCode());
            assertTrue(large.body().contains("body_too_large"), large.body());

            HttpResponse<String> garbage = post(origin + "/import?format=xlsx", XLSX, "not a workbook".getBytes());
            assertEquals(422, garbage.statusCode());

            HttpResponse<String> type = post(origin + "/import?format=csv", "image/png", "a,b".getBytes());
            assertEquals(415, type.statusCode());

            HttpResponse<String> format = post(origin + "/import?format=ods", XLSX, Workbooks.towns());
            assertEquals(400, format.statusCode());
            assertTrue(format.body().contains("\"field\":\"format\""), format.body());
        });
    }
}
