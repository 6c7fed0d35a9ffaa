package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import press.failure.Failure;
import press.failure.Reason;

/** Reads a request's JSON body: application/json only, and never more than the limit into memory. */
final class RequestBodies {

    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private RequestBodies() {
    }

    /** A body that stopped coming is a timeout (408); one Jetty cannot decode (a bad chunk) is the client's (400). */
    private static Failure unreadable(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof java.util.concurrent.TimeoutException || message.contains("timeout")
                    || message.contains("data rate")) {
                return new Failure(Reason.REQUEST_TIMEOUT, "the request body did not arrive in time");
            }
        }
        return new Failure(Reason.BAD_REQUEST, "the request body cannot be read (a broken chunk or connection)");
    }

    /**
     * The body of a request sent as {@code application/json} or a {@code +json} type (with any
     * parameters), read up to the limit. Past it, the rest is read and dropped (up to a bound)
     * before answering 413, so the client finishes sending and sees the answer rather than a
     * reset connection; nothing past the limit is kept in memory.
     */
    static byte[] json(Context ctx, long maxBodyBytes) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";", 2)[0].strip();
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw new Failure(Reason.UNSUPPORTED_MEDIA_TYPE, "send the data as application/json, not '"
                    + (contentType.isEmpty() ? "nothing" : contentType) + "'");
        }
        return bounded(ctx, maxBodyBytes);
    }

    /**
     * An uploaded file's bytes, sent as one of {@code mediaTypes} (or as octet-stream), up to
     * {@code maxBytes}, refused past it as a JSON body is.
     */
    static byte[] upload(Context ctx, long maxBytes, java.util.Set<String> mediaTypes) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";", 2)[0].strip();
        if (!mediaTypes.contains(mediaType) && !mediaType.equals("application/octet-stream")) {
            throw new Failure(Reason.UNSUPPORTED_MEDIA_TYPE, "send the file as one of " + mediaTypes
                    + " or application/octet-stream, not '" + (contentType.isEmpty() ? "nothing" : contentType) + "'");
        }
        return bounded(ctx, maxBytes);
    }

    private static byte[] bounded(Context ctx, long maxBodyBytes) {
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
            throw unreadable(e);
        }
    }
}
