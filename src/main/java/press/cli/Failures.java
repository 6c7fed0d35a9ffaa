package press.cli;

import java.io.PrintWriter;
import java.util.List;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Turns failures into a message and an exit code: 2 for what is wrong with the input (the
 * message names the JSON path or the option), 75 for a service that is busy (try again), 1 for
 * faults of our own. Every reason is mapped here, once.
 */
final class Failures {

    static final int BAD_INPUT = 2;
    static final int TRY_AGAIN = 75;
    static final int FAILURE = 1;

    private Failures() {
    }

    static int exitCode(Reason reason) {
        return switch (reason) {
            case MALFORMED_JSON, MISSING_TEMPLATE, INVALID_NAME, UNKNOWN_FORMAT, INVALID_PARAMETER, ARCHIVE_NEEDS_PDF,
                 BAD_REQUEST, REQUEST_TIMEOUT, URI_TOO_LONG, HEADERS_TOO_LARGE, UNSUPPORTED_HTTP_VERSION,
                 UNSUPPORTED_MEDIA_TYPE, BODY_TOO_LARGE, NO_SUCH_FILE, INVALID_QUERY, MISSING_QUERY,
                 INVALID_ID, UNAUTHORIZED, FORBIDDEN, FOREIGN_HOST, FOREIGN_ORIGIN, NOT_FOUND, METHOD_NOT_ALLOWED, DRAFT_STATE, UNKNOWN_TEMPLATE, UNKNOWN_VARIANT,
                 NO_EXAMPLE, INVALID_DATA, INVALID_FIGURES, UNCOVERED_CHARACTER, TEMPLATE_ERROR -> BAD_INPUT;
            case BUSY, TOO_MANY_ATTEMPTS, RENDER_TIMEOUT, SHUTTING_DOWN, OUT_OF_MEMORY, ARCHIVE_UNAVAILABLE -> TRY_AGAIN;
            case TEMPLATE_FAILED, BROKEN_MARKUP, ARCHIVE_CORRUPT, INTERNAL -> FAILURE;
        };
    }

    static int report(Exception exception, PrintWriter err) {
        Failure failure = exception instanceof Failure known ? known
                : new Failure(Reason.INTERNAL, exception.getMessage() == null ? exception.toString() : exception.getMessage(),
                        List.of(), exception);
        String prefix = switch (failure.reason()) {
            case TEMPLATE_FAILED, BROKEN_MARKUP -> "error: the template produced a broken document: ";
            default -> "error: ";
        };
        err.println(prefix + failure.getMessage());
        return exitCode(failure.reason());
    }
}
