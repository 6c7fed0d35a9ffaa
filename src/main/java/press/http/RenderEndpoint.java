package press.http;

import io.javalin.http.Context;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.archive.Sha256;
import press.pipeline.ArchiveHistory;
import press.people.Person;
import press.people.Role;
import press.pipeline.Press;
import press.pipeline.Published;
import press.pipeline.RenderRequest;
import press.pipeline.RenderedDocument;
import press.pipeline.RequestDecoder;

/**
 * {@code POST /render}: the data as the body and template, variant, format as query
 * parameters, or an envelope {@code {"template", "variant", "format", "data"}}. Answers the
 * document with its type, length, a SHA-256 ETag, a UTF-8 file name and the number of the
 * proofreading's warnings; with {@code report=true}, JSON with the report and the document.
 */
final class RenderEndpoint {

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
        queue.admit();
        RenderRequest request = RequestDecoder.decode(ctx::queryParam, RequestBodies.json(ctx, maxBodyBytes), null);
        ctx.attribute(RequestLog.TEMPLATE, request.kind());
        ctx.attribute(RequestLog.FORMAT, request.format().extension());
        if (request.options().archival()) {
            ctx.attribute(ServiceMetrics.PUBLISHING, true);
            publish(ctx, request);
            return;
        }
        // the month's earlier issues in the archive give its sentences 环比 and 同比
        RenderedDocument document = queue.run("the render",
                () -> press.render(request.withHistory(ArchiveHistory.findIfAvailable(archive, request.kind(), request.data()))));
        ctx.attribute(RequestLog.VARIANT, document.variant());
        if (request.options().report()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("report", document.report().toMap());
            body.put("contentType", document.format().mediaType());
            body.put("document", Base64.getEncoder().encodeToString(document.bytes()));
            ctx.header("X-Bulletin-Warnings", Integer.toString(document.report().warnings().size()));
            Responses.json(ctx, 200, body);
            return;
        }
        byte[] bytes = document.bytes();
        send(ctx, 200, document, bytes, Sha256.hex(bytes));
    }

    /** Archives the render: 201, Location, and the record (or with Accept: application/pdf, the PDF). */
    private void publish(Context ctx, RenderRequest request) {
        Person signer = access.require(ctx, Role.SIGNER);
        Published published = queue.run("the render", () -> press.publish(request, archive));
        ctx.attribute(RequestLog.VARIANT, published.document().variant());
        long id = published.record().id();
        archive.audit().record(AuditEvent.now(signer, ctx.req().getRemoteAddr(), AuditEvent.PUBLISHED, Long.toString(id),
                published.record().sha256(), published.record().title() + " " + published.record().period()));
        ctx.header("Location", "/archive/" + id);
        ctx.header("X-Archive-Id", Long.toString(id));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/pdf")) {
            send(ctx, 201, published.document(), published.document().bytes(), published.record().sha256());
        } else {
            Responses.json(ctx, 201, ArchiveEndpoints.record(published.record(), false));
        }
    }

    /** The document's bytes are passed in: each copy of a bulletin out of its record is a few hundred KB more garbage. */
    private static void send(Context ctx, int status, RenderedDocument document, byte[] bytes, String sha256) {
        ctx.status(status);
        ctx.contentType(document.format().mediaType());
        ctx.header("ETag", "\"" + sha256 + "\"");
        ctx.header("Content-Disposition", ContentDisposition.attachment(document.metadata().title(),
                document.metadata().period(), document.format().extension()));
        ctx.header("Content-Length", Integer.toString(bytes.length));
        ctx.header("X-Bulletin-Warnings", Integer.toString(document.report().warnings().size()));
        ctx.result(bytes);
    }
}
