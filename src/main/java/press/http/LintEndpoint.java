package press.http;

import io.javalin.http.Context;
import java.util.Map;
import press.archive.ArchiveStore;
import press.pipeline.ArchiveHistory;
import press.pipeline.Press;
import press.pipeline.RenderRequest;
import press.pipeline.RequestDecoder;

/**
 * {@code POST /lint?template=}: the proofreading report of the data, decoded as {@code POST
 * /render} decodes them, without rendering, compared with the month's earlier issues in the
 * archive (环比, 同比); 200 with errors and warnings alike. The checks run
 * in the render queue, under its admission and deadline.
 */
final class LintEndpoint {

    private final Press press;
    private final RenderQueue queue;
    private final long maxBodyBytes;
    private final ArchiveStore archive;

    /** {@code archive} (may be null) holds the earlier issues the month is compared with. */
    LintEndpoint(Press press, RenderQueue queue, long maxBodyBytes, ArchiveStore archive) {
        this.press = press;
        this.queue = queue;
        this.maxBodyBytes = maxBodyBytes;
        this.archive = archive;
    }

    void handle(Context ctx) {
        queue.admit();
        RenderRequest request = RequestDecoder.decode(ctx::queryParam, RequestBodies.json(ctx, maxBodyBytes), null);
        ctx.attribute(RequestLog.TEMPLATE, request.kind());
        Map<String, Object> report = queue.run("the proofreading",
                () -> press.lint(request.kind(), request.variant(), request.data(),
                        ArchiveHistory.findIfAvailable(archive, request.kind(), request.data())).toMap());
        Responses.json(ctx, 200, report);
    }
}
