package press.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import press.archive.ArchiveStore;
import press.catalogue.TemplateCatalogue;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.Finding;
import press.figures.LintReport;
import press.figures.Severity;
import press.model.Document;
import press.model.Metadata;
import press.model.Paragraph;
import press.model.Text;
import press.pipeline.Press;
import press.pipeline.Published;
import press.pipeline.RenderRequest;
import press.pipeline.RenderedDocument;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * A pipeline that renders nothing, for tests of the HTTP edge: its "document" is a line naming
 * what the request asked for, so a test sees what reached the pipeline. Data may steer it:
 * {@code "fail": "INVALID_DATA"} fails for that reason, {@code "sleepMillis": 500} renders slowly,
 * {@code "warn": ["…"]} makes the proofreading find warnings, {@code "spinMillis": 3000} makes
 * it keep a core busy that long (as a crafted workbook or picture would).
 */
final class StubPress implements Press {

    private static final TemplateCatalogue CATALOGUE = TemplateCatalogue.load(Fixtures.root().resolve("templates"));

    @Override
    public TemplateCatalogue catalogue() {
        return CATALOGUE;
    }

    @Override
    public RenderedDocument render(RenderRequest request) {
        if (request.data().has("fail")) {
            Reason reason = Reason.valueOf(request.data().get("fail").asString());
            throw new Failure(reason, "the stub fails for " + reason, List.of(Map.of("path", "$.fail")));
        }
        if (request.data().has("sleepMillis")) {
            try {
                Thread.sleep(request.data().get("sleepMillis").asLong());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(Reason.SHUTTING_DOWN, "interrupted");
            }
        }
        String line = "stub " + request.kind() + "/" + request.variant() + " " + request.format().extension()
                + " embedFonts=" + request.options().embedFonts() + " archival=" + request.options().archival();
        Metadata metadata = new Metadata(request.data().path("title").asString("标题"), "", request.data().path("period")
                .asString(""), "", "");
        Document model = new Document(metadata, List.of(new Paragraph(List.of(new Text(line)))));
        return new RenderedDocument(line.getBytes(StandardCharsets.UTF_8), request.format(), request.kind(),
                request.variant() == null ? "default" : request.variant(), model, lint(request.kind(), request.variant(), request.data()));
    }

    @Override
    public Published publish(RenderRequest request, ArchiveStore archive) {
        return Published.store(render(request), request.data(), archive);
    }

    /** One warning for each string of {@code "warn": [...]}. */
    @Override
    public LintReport lint(String kind, String variant, JsonNode data) {
        long spinUntil = System.nanoTime() + data.path("spinMillis").asLong(0) * 1_000_000;
        long spun = 0;
        while (System.nanoTime() < spinUntil && !Thread.currentThread().isInterrupted()) {
            spun++;
        }
        if (spun < 0) {
            throw new IllegalStateException("never: keeps the loop from being optimised away");
        }
        List<Finding> findings = new java.util.ArrayList<>();
        data.path("warn").values().forEach(text -> findings.add(new Finding(Severity.WARNING, "stub", List.of("$.warn"),
                "", "", text.asString())));
        return new LintReport(findings);
    }

    @Override
    public void warmUp(java.time.Duration budget) {
    }
}
