package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import press.archive.ArchiveStore;
import press.archive.Sha256;
import press.failure.Failure;
import press.failure.Reason;
import press.pipeline.Press;
import press.pipeline.Published;
import press.pipeline.RenderRequest;
import press.pipeline.RenderedDocument;
import press.pipeline.RequestDecoder;

/**
 * {@code POST /render}: the data as the body and template, variant, format as query
 * parameters, or an envelope {@code {"template", "variant", "format", "data"}}. Answers the
 * document with its type, length, a SHA-256 ETag and a UTF-8 file name.
 */
final class RenderEndpoint {

    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final Press press;
    private final RenderQueue queue;
    private final long maxBodyBytes;
    private final ArchiveStore archive;
    private final ArchiveAccess access;

    RenderEndpoint(Press press, RenderQueue queue, long maxBodyBytes, ArchiveStore archive, ArchiveAccess access) {
        this.press = press;
        this.queue = queue;
        this.maxBodyBytes = maxBodyBytes;
        this.archive = archive;
        this.access = access;
    }

    void handle(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            throw new Failure(Reason.UNSUPPORTED_MEDIA_TYPE, "send the data as application/json, not '"
                    + (contentType.isEmpty() ? "nothing" : contentType) + "'");
        }
        RenderRequest request = RequestDecoder.decode(ctx::queryParam, body(ctx), null);
        ctx.attribute(RequestLog.TEMPLATE, request.kind());
        ctx.attribute(RequestLog.FORMAT, request.format().extension());
        if (request.options().archival()) {
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
                throw new Failure(Reason.BODY_TOO_LARGE, "the request body is larger than " + maxBodyBytes + " bytes",
                        List.of(Map.of("limit", maxBodyBytes)));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }
}
