package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** With May in the service's archive, /render words June's 环比 and /lint proofreads June against May. */
class ComparisonsHttpTest {

    @TempDir
    Path data;

    private static ObjectNode june() {
        ObjectNode june = Fixtures.data(Fixtures.REFERENCE);
        june.put("period", "2020-06");
        ((ObjectNode) june.get("hotline")).put("calls", 2034);
        ((ObjectNode) june.get("hotline")).put("answeredOnline", 1921);
        return june;
    }

    @Test
    void juneIsComparedWithMayFromTheArchiveByRenderAndLint() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Fixtures.press().publish(new RenderRequest(Fixtures.KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE)),
                    archive);
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, 10_000_000, 2, 8, Duration.ofSeconds(60)),
                    true, (app, client) -> {
                        byte[] pdf = client.postJson("/render?template=gov-service-monthly", june().toString()).body();
                        String text = new ExtractedPdf(pdf).text().replaceAll("\\s+", "");
                        assertTrue(text.contains("接听总量为2034件（环比增长6.4%）"), text);
                        assertTrue(text.contains("事项80564件（环比持平）"), text);
                        ObjectNode mayAgain = Fixtures.data(Fixtures.REFERENCE);
                        mayAgain.put("period", "2020-06");
                        JsonNode lint = ServiceClient.json(client.postJson("/lint?template=gov-service-monthly", mayAgain.toString()));
                        List<String> rules = lint.path("findings").valueStream().map(f -> f.path("rule").asString()).toList();
                        assertTrue(rules.contains("sameAsPrevious"), lint.toString());
                        assertEquals(0, lint.path("errors").asInt(), lint.toString());
                    });
        }
    }
}
