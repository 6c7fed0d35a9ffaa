package press.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: method, path, status, time, what was rendered, bytes, request id. */
final class RequestLog {

    static final String REQUEST_ID = "requestId";
    static final String TEMPLATE = "template";
    static final String VARIANT = "variant";
    static final String FORMAT = "format";

    private static final Logger LOG = LoggerFactory.getLogger("press.http.requests");

    private RequestLog() {
    }

    static void log(Context ctx, Float millis) {
        String length = ctx.res().getHeader("Content-Length");
        LOG.info("{} {} {} {}ms template={} variant={} format={} bytes={} id={}", ctx.method(), ctx.path(),
                ctx.status().getCode(), Math.round(millis), value(ctx, TEMPLATE), value(ctx, VARIANT), value(ctx, FORMAT),
                length == null ? "-" : length, value(ctx, REQUEST_ID));
    }

    private static String value(Context ctx, String key) {
        Object value = ctx.attribute(key);
        return value == null ? "-" : value.toString();
    }
}
