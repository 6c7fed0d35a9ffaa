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

/**
 * {@code POST /import}: a workbook's sheets as table blocks — from an .xlsx, an .xls or a WPS .et alike; a
 * file too large, of the wrong type or no workbook is a clear 4xx.
 */
class ImportHttpTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String XLS = "application/vnd.ms-excel";

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

    @Test
    void anXlsOrEtWorkbookComesBackAsTheSameBlocksAsItsXlsxAndAnUnreadableEtSaysToSaveItAsXlsx() throws IOException {
        byte[] towns = Workbooks.towns();
        byte[] xls = Workbooks.townsXls();
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                String expected = new String(client.post("/import?format=xlsx", XLSX, towns).body(), StandardCharsets.UTF_8);
                for (String sent : new String[] {"/import?format=xls|" + XLS, "/import?format=et|" + XLS,
                        "/import?format=et|application/wps-office.et", "/import?format=xls|application/octet-stream"}) {
                    String[] request = sent.split("\\|");
                    var read = client.post(request[0], request[1], xls);
                    String body = new String(read.body(), StandardCharsets.UTF_8);
                    assertEquals(200, read.statusCode(), sent + ": " + body);
                    assertEquals(expected, body, sent);
                }
                var et = TestService.assertError(client.post("/import?format=et", XLS, "城关镇,1335".getBytes()), 422,
                        "invalid_data");
                assertTrue(et.path("message").asString().startsWith("无法读取这个 WPS 表格文件（.et），请在 WPS 中打开它，"
                        + "另存为 Excel 工作簿（.xlsx）后再导入。"), et.toString());
                // a type a cross-site form may send without a preflight is refused for a workbook as for a CSV
                TestService.assertError(client.post("/import?format=xls", "text/plain", xls), 415, "unsupported_media_type");
                TestService.assertError(client.post("/import?format=et", "multipart/form-data; boundary=x", xls), 415,
                        "unsupported_media_type");
                var format = TestService.assertError(client.post("/import?format=ods", XLS, xls), 400, "invalid_parameter");
                assertEquals("[\"xlsx\",\"xls\",\"et\",\"csv\"]", format.path("details").get(0).path("valid").toString());
            });
        }
    }
}
