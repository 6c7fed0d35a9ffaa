package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /**
     * The body, read up to the limit. Past it, the rest is read and dropped (up to a bound)
     * before answering 413, so the client finishes sending and sees the answer rather than a
     * reset connection; nothing past the limit is kept in memory.
     */
    static byte[] json(Context ctx, long maxBodyBytes) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            throw new Failure(Reason.UNSUPPORTED_MEDIA_TYPE, "send the data as application/json, not '"
                    + (contentType.isEmpty() ? "nothing" : contentType) + "'");
        }
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
