package press.http;

import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.HttpException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Maps every failure to what the client receives: the HTTP status of its reason, the headers
 * that go with it, and a JSON body. Faults of our own answer 500 with a request id that the
 * log also has, and say nothing of their insides.
 */
final class Errors {

    private Errors() {
    }

    static int status(Reason reason) {
        return switch (reason) {
            case MALFORMED_JSON, MISSING_TEMPLATE, INVALID_NAME, UNKNOWN_FORMAT, INVALID_PARAMETER, ARCHIVE_NEEDS_PDF,
                 BAD_REQUEST, NO_SUCH_FILE, INVALID_QUERY, MISSING_QUERY, INVALID_ID -> 400;
            case UNAUTHORIZED -> 401;
            case REQUEST_TIMEOUT -> 408;
            case URI_TOO_LONG -> 414;
            case HEADERS_TOO_LARGE -> 431;
            case UNSUPPORTED_HTTP_VERSION -> 505;
            case FORBIDDEN, FOREIGN_ORIGIN -> 403;
            case FOREIGN_HOST -> 421;
            case NOT_FOUND, UNKNOWN_TEMPLATE, UNKNOWN_VARIANT, NO_EXAMPLE -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case TOO_MANY_ATTEMPTS -> 429;
            case DRAFT_STATE -> 409;
            case BODY_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case INVALID_DATA, INVALID_FIGURES, UNCOVERED_CHARACTER, TEMPLATE_ERROR -> 422;
            case TEMPLATE_FAILED, BROKEN_MARKUP, ARCHIVE_CORRUPT, INTERNAL -> 500;
            case BUSY, RENDER_TIMEOUT, SHUTTING_DOWN, OUT_OF_MEMORY, ARCHIVE_UNAVAILABLE -> 503;
        };
    }

    static Map<String, String> headers(Reason reason) {
        return switch (reason) {
            case UNAUTHORIZED -> Map.of("WWW-Authenticate", "Bearer realm=\"archive\"");
            case BUSY -> Map.of("Retry-After", "1");
            case RENDER_TIMEOUT, OUT_OF_MEMORY, ARCHIVE_UNAVAILABLE -> Map.of("Retry-After", "5");
            // refused before the body was read: what is left of it may still be on its way, so the
            // connection cannot carry another request, and a client must not reuse it
            case UNSUPPORTED_MEDIA_TYPE, BODY_TOO_LARGE, REQUEST_TIMEOUT -> Map.of("Connection", "close");
            default -> Map.of();
        };
    }

    /**
     * Any exception as a failure: Javalin's own protocol errors and Jetty's (a body that arrives
     * too slowly, which Jetty reports while the body is read) by their status, anything unforeseen
     * as internal.
     */
    static Failure of(Exception exception) {
        if (exception instanceof Failure failure) {
            return failure;
        }
        if (exception instanceof HttpResponseException http) {
            return of(http.getStatus(), http.getMessage(), http);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException jetty) {
                return of(jetty.getCode(), jetty.getReason(), exception);
            }
        }
        return new Failure(Reason.INTERNAL, String.valueOf(exception.getMessage()), List.of(), exception);
    }

    /** A failure for a bare HTTP status, as Jetty or Javalin report a request they could not take. */
    static Failure of(int status, String message, Throwable cause) {
        String why = message == null || message.isBlank() ? "" : ": " + message;
        return switch (status) {
            case 404 -> new Failure(Reason.NOT_FOUND, "no such resource");
            case 405 -> new Failure(Reason.METHOD_NOT_ALLOWED, "method not allowed here");
            case 408 -> new Failure(Reason.REQUEST_TIMEOUT, "the request did not arrive in time" + why);
            case 413 -> new Failure(Reason.BODY_TOO_LARGE, "the request body is too large");
            case 414 -> new Failure(Reason.URI_TOO_LONG, "the request URI is too long");
            case 431 -> new Failure(Reason.HEADERS_TOO_LARGE, "the request headers are too large");
            case 505 -> new Failure(Reason.UNSUPPORTED_HTTP_VERSION, "this server speaks HTTP/1.1 and HTTP/1.0");
            default -> status < 500 ? new Failure(Reason.BAD_REQUEST, "the request cannot be read" + why)
                    : new Failure(Reason.INTERNAL, "the server failed" + why, List.of(), cause);
        };
    }

    /**
     * The JSON body: the failure itself, or for our own faults only the request id to quote; in
     * Chinese when the client reads Chinese, each detail's message too where it has Chinese words.
     */
    static Map<String, Object> body(Failure failure, String requestId, boolean chinese) {
        Reason reason = failure.reason();
        boolean hidden = switch (reason) {
            case TEMPLATE_FAILED, BROKEN_MARKUP, INTERNAL -> true;
            default -> false;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", hidden ? Reason.INTERNAL.code() : reason.code());
        if (chinese) {
            body.put("message", hidden ? "服务内部出错，请把请求编号 " + requestId + " 告诉管理员" : failure.chinese());
        } else {
            body.put("message", hidden ? "unexpected error; quote request id " + requestId : failure.getMessage());
        }
        body.put("details", hidden ? List.of(Map.of("requestId", requestId)) : failure.details().stream()
                .map(detail -> told(detail, chinese)).toList());
        return body;
    }

    /** A detail with its message in the client's language: the Chinese words move into message, or go. */
    private static Map<String, Object> told(Map<String, Object> detail, boolean chinese) {
        if (!detail.containsKey("messageZh")) {
            return detail;
        }
        Map<String, Object> told = new LinkedHashMap<>(detail);
        Object words = told.remove("messageZh");
        if (chinese) {
            told.put("message", words);
        }
        return told;
    }
}
