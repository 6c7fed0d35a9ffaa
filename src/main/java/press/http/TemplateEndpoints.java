package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.archive.Sha256;
import press.catalogue.Kind;
import press.catalogue.Names;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Role;
import press.pipeline.JsonInput;
import press.pipeline.Press;
import press.pipeline.RenderedDocument;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /templates/reload} (the templates folder loaded again, served only once every
 * example renders) and {@code GET}/{@code PUT /templates/{kind}/phrases} (a kind's wording,
 * checked before it is written). Changes need what publishing needs: this machine, or the token.
 */
final class TemplateEndpoints {

    /** A phrases file is a few kilobytes; anything near this is not one. */
    private static final long MAX_PHRASES_BYTES = 256 * 1024;

    private final Press press;
    private final ArchiveAccess access;
    private final RenderQueue queue;

    TemplateEndpoints(Press press, ArchiveAccess access, RenderQueue queue) {
        this.press = press;
        this.access = access;
        this.queue = queue;
    }

    void reload(Context ctx) {
        access.require(ctx, Role.ADMIN);
        Responses.json(ctx, 200, press.reload().toMap());
    }

    /** The kind's phrases file as it is on disk, with its SHA-256 (the version a render names). */
    void phrases(Context ctx) {
        Kind kind = kind(ctx);
        Path file = kind.phrasesFile();
        if (!Files.isRegularFile(file)) {
            throw new Failure(Reason.NOT_FOUND, "template " + kind.name() + " has no phrases.json");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("template", kind.name());
            body.put("sha256", Sha256.hex(bytes));
            body.put("phrases", JsonInput.object(bytes));
            Responses.json(ctx, 200, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the body as the kind's phrases, writes it and reloads: 200 with the templates' state, or 422 naming the fault. */
    void savePhrases(Context ctx) {
        access.require(ctx, Role.ADMIN);
        Kind kind = kind(ctx);
        byte[] body = RequestBodies.json(ctx, MAX_PHRASES_BYTES);
        JsonInput.object(body);
        Responses.json(ctx, 200, press.savePhrases(kind.name(), body).toMap());
    }

    /**
     * {@code POST /templates/{kind}/phrases/preview} with {@code {"phrases": {…}, "data": {…}}}:
     * the PDF the phrases would make (of the data, or of the kind's example), nothing saved.
     */
    void previewPhrases(Context ctx) {
        access.checkWrite(ctx);
        Kind kind = kind(ctx);
        queue.admit();
        JsonNode body = JsonInput.object(RequestBodies.json(ctx, MAX_PHRASES_BYTES + 4L * 1024 * 1024));
        JsonNode phrases = body.path("phrases");
        if (!phrases.isObject()) {
            throw new Failure(Reason.INVALID_PARAMETER, "the body needs 'phrases': the phrases file's object",
                    List.of(Map.of("field", "phrases")));
        }
        JsonNode data = body.path("data").isObject() ? body.get("data") : null;
        byte[] json = phrases.toString().getBytes(StandardCharsets.UTF_8);
        RenderedDocument document = queue.run("the preview", () -> press.previewPhrases(kind.name(), json, data));
        byte[] bytes = document.bytes();
        ctx.contentType(document.format().mediaType());
        ctx.header("Content-Length", Integer.toString(bytes.length));
        ctx.result(bytes);
    }

    private Kind kind(Context ctx) {
        String name = ctx.pathParam("kind");
        if (!Names.isValid(name)) {
            throw new Failure(Reason.INVALID_NAME, "template names are lower-case letters, digits and hyphens",
                    List.of(Map.of("field", "template")));
        }
        return press.catalogue().kind(name).orElseThrow(() -> Failure.invalidValue(Reason.UNKNOWN_TEMPLATE,
                "unknown template '" + name + "'", "template", press.catalogue().kindNames()));
    }
}
