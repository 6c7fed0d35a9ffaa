package press.failure;

/**
 * Why a request failed, with the stable code clients see in the {@code error} field. The
 * comments say whose fault it is; the HTTP and CLI edges each map every reason exhaustively.
 */
public enum Reason {
    /** The request: not JSON, or not an object. Details: line, column. */
    MALFORMED_JSON("malformed_json"),
    /** The request: no template named. */
    MISSING_TEMPLATE("missing_template"),
    /** The request: a kind or variant name that is not a name (a path, say). Details: field. */
    INVALID_NAME("invalid_name"),
    /** The request: a format other than pdf, docx or ofd. Details: field, valid. */
    UNKNOWN_FORMAT("unknown_format"),
    /** The request: a parameter with a value it cannot take. Details: field, valid. */
    INVALID_PARAMETER("invalid_parameter"),
    /** The request: only PDF is archived. Details: field, valid. */
    ARCHIVE_NEEDS_PDF("archive_needs_pdf"),
    /** The request: a protocol error below the service (a header or body the server cannot read). */
    BAD_REQUEST("bad_request"),
    /** The request: headers or body did not arrive in time (or arrived slower than the least data rate). */
    REQUEST_TIMEOUT("request_timeout"),
    /** The request: a URI longer than the server reads. */
    URI_TOO_LONG("uri_too_long"),
    /** The request: headers larger than the server reads. */
    HEADERS_TOO_LARGE("headers_too_large"),
    /** The request: an HTTP version the server does not speak. */
    UNSUPPORTED_HTTP_VERSION("unsupported_http_version"),
    /** The request: a body that is not JSON. */
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    /** The request: a body over the limit. Details: limit. */
    BODY_TOO_LARGE("body_too_large"),
    /** The request: a data file that does not exist (command line). */
    NO_SUCH_FILE("no_such_file"),
    /** The request: an archive query parameter that is not valid. */
    INVALID_QUERY("invalid_query"),
    /** The request: a search without anything to search for. */
    MISSING_QUERY("missing_query"),
    /** The request: an archive id that is not a number. */
    INVALID_ID("invalid_id"),
    /** The request: the archive needs a token and none came. */
    UNAUTHORIZED("unauthorized"),
    /** The request: a token that does not open the archive. */
    FORBIDDEN("forbidden"),
    /** The request: a Host the service does not answer to (a rebinding page, a proxy not configured). Details: host, valid. */
    FOREIGN_HOST("foreign_host"),
    /** The request: a change sent from a page of another origin (a cross-site form or script). Details: origin. */
    FOREIGN_ORIGIN("foreign_origin"),
    /** The request: no such resource or archive record. */
    NOT_FOUND("not_found"),
    /** The request: a step of the procedure the draft is not ready for (submitting a draft already submitted, signing one not passed). Details: state, allowed. */
    DRAFT_STATE("draft_state"),
    /** The request: a method the resource does not allow. */
    METHOD_NOT_ALLOWED("method_not_allowed"),
    /** The request: no such kind. Details: field, valid. */
    UNKNOWN_TEMPLATE("unknown_template"),
    /** The request: no such variant of the kind. Details: field, valid. */
    UNKNOWN_VARIANT("unknown_variant"),
    /** The request: the kind has no example data. */
    NO_EXAMPLE("no_example"),
    /** The data: they break the kind's schema. Details: path, message — one per violation. */
    INVALID_DATA("invalid_data"),
    /** The data: figures that do not add up (a derived count below zero, an error of the proofreading, or with strict a warning), or a field the variant cannot go out without (a 公文's 发文字号). Details: the findings. */
    INVALID_FIGURES("invalid_figures"),
    /** The data: a character no bundled font draws. Details: character, codePoint, paths. */
    UNCOVERED_CHARACTER("uncovered_character"),
    /** Load: every renderer is busy and the queue is full; try again. */
    BUSY("busy"),
    /** Load: the render took longer than its limit; try again. */
    RENDER_TIMEOUT("render_timeout"),
    /** Load: the server is stopping. */
    SHUTTING_DOWN("shutting_down"),
    /** Load: the work ran out of memory (other requests at once took it); try again. */
    OUT_OF_MEMORY("out_of_memory"),
    /** Load: the archive's database does not answer (down, unreachable or hanging); try again. */
    ARCHIVE_UNAVAILABLE("archive_unavailable"),
    /** Ours: a template failed while running. */
    TEMPLATE_FAILED("template_failed"),
    /** Ours: a template wrote markup the reader refuses. Details: line, column. */
    BROKEN_MARKUP("broken_markup"),
    /** Ours: an archived file is missing or altered. Details: id. */
    ARCHIVE_CORRUPT("archive_corrupt"),
    /** Ours: anything unforeseen. */
    INTERNAL("internal_error");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    /** The stable code of the {@code error} field. */
    public String code() {
        return code;
    }
}
