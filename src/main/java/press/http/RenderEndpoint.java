package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import press.archive.ArchiveStore;
import press.archive.Sha256;
import press.pipeline.BulletinPress;
import press.pipeline.JsonInput;
import press.pipeline.Published;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import press.pipeline.RenderedDocument;
import press.render.Format;
import press.template.Names;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /render}: the data as the body and template, variant, format as query
 * parameters, or an envelope {@code {"template", "variant", "format", "data"}}. Answers the
 * document with its type, length, a SHA-256 ETag and a UTF-8 file name.
 */
final class RenderEndpoint {

    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
    private static final Set<String> ENVELOPE = Set.of("template", "variant", "format", "embedFonts", "archive", "data");

    private final BulletinPress press;
    private final RenderQueue queue;
    private final long maxBodyBytes;
    private final ArchiveStore archive;
    private final ArchiveAccess access;

    RenderEndpoint(BulletinPress press, RenderQueue queue, long maxBodyBytes, ArchiveStore archive, ArchiveAccess access) {
        this.press = press;
        this.queue = queue;
        this.maxBodyBytes = maxBodyBytes;
        this.archive = archive;
        this.access = access;
    }

    void handle(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            throw ApiError.of(415, "unsupported_media_type", "send the data as application/json, not '"
                    + (contentType.isEmpty() ? "nothing" : contentType) + "'");
        }
        byte[] body = body(ctx);
        JsonNode json = JsonInput.object(body);
        RenderRequest request = request(ctx, json);
        ctx.attribute(RequestLog.TEMPLATE, request.kind());
        ctx.attribute(RequestLog.FORMAT, request.format().extension());
        if ("true".equalsIgnoreCase(parameter(ctx, json, isEnvelope(json), "archive"))) {
            publish(ctx, request);
            return;
        }
        RenderedDocument document = queue.run(() -> press.render(request));
        ctx.attribute(RequestLog.VARIANT, document.variant());
        send(ctx, 200, document, Sha256.hex(document.bytes()));
    }

    /** Archives the render: 201, Location, and the record (or with Accept: application/pdf, the PDF). */
    private void publish(Context ctx, RenderRequest request) {
        access.check(ctx);
        if (request.format() != Format.PDF) {
            throw new ApiError(400, "archive_needs_pdf", "the archive keeps PDF/A only; ask for format=pdf",
                    List.of(Map.of("field", "format", "valid", List.of("pdf"))));
        }
        Published published = queue.run(() -> press.publish(request, archive));
        ctx.attribute(RequestLog.VARIANT, published.document().variant());
        long id = published.record().id();
        ctx.header("Location", "/archive/" + id);
        ctx.header("X-Archive-Id", Long.toString(id));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/pdf")) {
            send(ctx, 201, published.document(), published.record().sha256());
        } else {
            Responses.json(ctx, 201, ArchiveEndpoints.record(published.record(), false));
        }
    }

    private static void send(Context ctx, int status, RenderedDocument document, String sha256) {
        byte[] bytes = document.bytes();
        ctx.status(status);
        ctx.contentType(document.format().mediaType());
        ctx.header("ETag", "\"" + sha256 + "\"");
        ctx.header("Content-Disposition", ContentDisposition.attachment(document.metadata().title(),
                document.metadata().period(), document.format().extension()));
        ctx.header("Content-Length", Integer.toString(bytes.length));
        ctx.result(bytes);
    }

    /**
     * The body, read up to the limit. Past it, the rest is read and dropped (up to a bound)
     * before answering 413, so the client finishes sending and sees the answer rather than a
     * reset connection; nothing past the limit is kept in memory.
     */
    private byte[] body(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                long dropped = 0;
                byte[] sink = new byte[64 * 1024];
                for (int n; dropped < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) {
                    dropped += n;
                }
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "body_too_large", "the request body is larger than " + maxBodyBytes + " bytes",
                List.of(Map.of("limit", maxBodyBytes)));
    }

    /** Query parameters first; an envelope body fills in what they leave out. */
    private static boolean isEnvelope(JsonNode body) {
        return body.has("data") && body.get("data").isObject() && body.propertyNames().stream().allMatch(ENVELOPE::contains);
    }

    private static RenderRequest request(Context ctx, JsonNode body) {
        boolean envelope = isEnvelope(body);
        JsonNode data = envelope ? body.get("data") : body;
        String template = parameter(ctx, body, envelope, "template");
        String variant = parameter(ctx, body, envelope, "variant");
        String format = parameter(ctx, body, envelope, "format");
        String embed = parameter(ctx, body, envelope, "embedFonts");
        if (template == null) {
            throw ApiError.of(400, "missing_template", "say which template renders the data: ?template=… "
                    + "(GET /templates lists them)");
        }
        checkName("template", template);
        if (variant != null) {
            checkName("variant", variant);
        }
        Format chosen = format == null ? Format.PDF : Format.named(format).orElseThrow(() -> new ApiError(400,
                "unknown_format", "unknown format '" + format + "'; valid: pdf, docx",
                List.of(Map.of("field", "format", "valid", List.of("pdf", "docx")))));
        return new RenderRequest(template, variant, chosen, data, RenderOptions.embeddingFonts("true".equalsIgnoreCase(embed)));
    }

    private static String parameter(Context ctx, JsonNode body, boolean envelope, String name) {
        String value = ctx.queryParam(name);
        if (value == null && envelope && body.has(name) && !body.get(name).isNull()) {
            value = body.get(name).asString();
        }
        return value;
    }

    /** Names are checked before any lookup, so nothing resembling a path reaches the catalogue. */
    private static void checkName(String field, String name) {
        if (!Names.isValid(name)) {
            throw new ApiError(400, "invalid_name", field + " names are lower-case letters, digits and hyphens; '"
                    + name + "' is not one", List.of(Map.of("field", field)));
        }
    }
}
