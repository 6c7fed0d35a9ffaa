package press.http;

import io.javalin.http.Context;
import press.failure.Failure;

/** Writes JSON bodies with an explicit UTF-8 charset (Javalin's result(String) sends none). */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, int status, Object body) {
        byte[] bytes = Json.bytes(body);
        ctx.status(status);
        ctx.contentType(JSON);
        ctx.header("Content-Length", Integer.toString(bytes.length));
        ctx.result(bytes);
    }

    /** Marks a response as carrying its own error body, which Javalin's status error handlers must keep. */
    static final String ERROR_WRITTEN = "errorWritten";

    static void error(Context ctx, Failure failure) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        Errors.headers(failure.reason()).forEach(ctx::header);
        json(ctx, Errors.status(failure.reason()), Errors.body(failure, ctx.attribute(RequestLog.REQUEST_ID),
                ClientLanguage.chinese(ctx.header("Accept-Language"))));
    }
}
