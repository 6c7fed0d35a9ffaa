package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.failure.Failure;
import press.failure.Reason;

/** Reads a request's JSON body: application/json only, and never more than the limit into memory. */
final class RequestBodies {

    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;\\s]*)");

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
        String contentType = contentType(ctx);
        String mediaType = contentType.split(";", 2)[0].strip();
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw new Failure(Reason.UNSUPPORTED_MEDIA_TYPE, "send the data as application/json, not '"
                    + (contentType.isEmpty() ? "nothing" : contentType) + "'");
        }
        requireUtf8(contentType);
        return bounded(ctx, maxBodyBytes);
    }

    /**
     * The Content-Type header as sent, lower case. Read as a header, not through the servlet
     * request, which looks its charset up and throws on a name it does not know.
     */
    private static String contentType(Context ctx) {
        String header = ctx.header("Content-Type");
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }

    /** JSON is UTF-8 (RFC 8259): a charset parameter naming anything else, known or not, is refused. */
    private static void requireUtf8(String contentType) {
        Matcher charset = CHARSET.matcher(contentType);
        if (charset.find()) {
            String name = charset.group(1).replace("\"", "");
            if (!name.equals("utf-8") && !name.equals("utf8")) {
                throw new Failure(Reason.UNSUPPORTED_MEDIA_TYPE, "send the data as UTF-8, not charset '" + name + "'",
                        List.of(Map.of("field", "Content-Type", "valid", List.of("utf-8"))));
            }
        }
    }

    /**
     * An uploaded file's bytes, sent as one of {@code mediaTypes} (or as octet-stream), up to
     * {@code maxBytes}, refused past it as a JSON body is.
     */
    static byte[] upload(Context ctx, long maxBytes, java.util.Set<String> mediaTypes) {
        String contentType = contentType(ctx);
        String mediaType = contentType.split(";", 2)[0].strip();
        if (!mediaTypes.contains(mediaType) && !mediaType.equals("application/octet-stream")) {
            throw new Failure(Reason.UNSUPPORTED_MEDIA_TYPE, "send the file as one of " + mediaTypes
                    + " or application/octet-stream, not '" + (contentType.isEmpty() ? "nothing" : contentType) + "'");
        }
        return bounded(ctx, maxBytes);
    }

    private static byte[] bounded(Context ctx, long maxBodyBytes) {
        try (InputStream in = new TrickleGuard(ctx.bodyInputStream(), HttpService.MIN_REQUEST_DATA_RATE)) {
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
