package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.testing.Fixtures;
import press.testing.Workbooks;

/** {@code POST /import}: a workbook's sheets as table blocks; a file too large, of the wrong type or no workbook is a clear 4xx. */
class ImportHttpTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path data;

    @Test
    void aWorkbookComesBackAsTableBlocksAndBadUploadsAreRefusedClearly() throws IOException {
        byte[] towns = Workbooks.towns();
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                var read = client.post("/import?format=xlsx", XLSX, towns);
                String body = new String(read.body(), StandardCharsets.UTF_8);
                assertEquals(200, read.statusCode(), body);
                assertTrue(body.contains("\"sheet\":\"10月\"") && body.contains("\"rowspan\":2") && body.contains("1616.5"),
                        body);
                TestService.assertError(client.post("/import?format=xlsx", XLSX, new byte[6 * 1024 * 1024]), 413,
                        "body_too_large");
                assertEquals(422, client.post("/import?format=xlsx", XLSX, "not a workbook".getBytes()).statusCode());
                TestService.assertError(client.post("/import?format=csv", "image/png", "a,b".getBytes()), 415,
                        "unsupported_media_type");
                var format = TestService.assertError(client.post("/import?format=ods", XLSX, towns), 400,
                        "invalid_parameter");
                assertEquals("format", format.path("details").get(0).path("field").asString());
            });
        }
    }
}
