package press.http;

import io.javalin.http.Context;
import press.pipeline.Press;
import press.pipeline.RenderRequest;
import press.pipeline.RequestDecoder;

/**
 * {@code POST /lint?template=}: the proofreading report of the data, decoded as {@code POST
 * /render} decodes them, without rendering; 200 with errors and warnings alike.
 */
final class LintEndpoint {

    private final Press press;
    private final long maxBodyBytes;

    LintEndpoint(Press press, long maxBodyBytes) {
        this.press = press;
        this.maxBodyBytes = maxBodyBytes;
    }

    void handle(Context ctx) {
        RenderRequest request = RequestDecoder.decode(ctx::queryParam, RequestBodies.json(ctx, maxBodyBytes), null);
        ctx.attribute(RequestLog.TEMPLATE, request.kind());
        Responses.json(ctx, 200, press.lint(request.kind(), request.variant(), request.data()).toMap());
    }
}
