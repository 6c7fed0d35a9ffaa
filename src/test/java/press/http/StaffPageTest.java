package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;

/** The staff page's files: every module a module imports is served, under the page's policy; nothing else is. */
class StaffPageTest {

    private static final Pattern IMPORT = Pattern.compile("from \"\\./([a-z]+\\.js)\"");

    @TempDir
    Path data;

    @Test
    void everyModuleThePageImportsIsServedAsJavaScriptUnderThePolicy() {
        serve(client -> {
            HttpResponse<byte[]> page = client.get("/");
            assertEquals(200, page.statusCode());
            assertEquals(StaffPage.POLICY, page.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<script type=\"module\" src=\"/ui/app.js\">"));
            Deque<String> waiting = new ArrayDeque<>(Set.of("app.js"));
            Set<String> seen = new HashSet<>();
            while (!waiting.isEmpty()) {
                String module = waiting.pop();
                if (!seen.add(module)) {
                    continue;
                }
                HttpResponse<byte[]> script = client.get("/ui/" + module);
                assertEquals(200, script.statusCode(), module);
                assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"), module);
                assertEquals(StaffPage.POLICY, script.headers().firstValue("Content-Security-Policy").orElseThrow());
                Matcher imported = IMPORT.matcher(new String(script.body(), StandardCharsets.UTF_8));
                while (imported.find()) {
                    waiting.push(imported.group(1));
                }
            }
            assertTrue(seen.size() > 1, "app.js imports the form, the schema reader, the importer: " + seen);
        });
    }

    @Test
    void aFileThePageDoesNotHaveIsA404InJson() {
        serve(client -> {
            for (String path : new String[] {"/ui/nothing.js", "/ui/..%2Fopenapi.json", "/ui/index.html"}) {
                HttpResponse<byte[]> response = client.get(path);
                assertEquals(404, response.statusCode(), path);
                assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("<"), path);
            }
        });
    }

    private void serve(java.util.function.Consumer<ServiceClient> test) {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(new StubPress(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 1, 2,
                    Duration.ofSeconds(10)), true, (app, client) -> test.accept(client));
        }
    }
}
