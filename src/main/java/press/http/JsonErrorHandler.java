package press.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import press.failure.Failure;

/**
 * Jetty's own errors — a request line or headers it cannot parse, a URI or headers too long, a
 * body that stops coming, an HTTP version it does not speak — in the service's JSON shape
 * instead of Jetty's HTML page, with no stack and no server details.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        byte[] body = body(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** For a request so broken that it never reaches a handler: the answer Jetty sends as it closes. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String message) {
        Failure failure = Errors.of(status, message, null);
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return Json.bytes(Errors.body(failure, id, false));
    }
}
