package press.failure;

/**
 * Why a request failed, with the stable code clients see in the {@code error} field. The
 * comments say whose fault it is; the HTTP and CLI edges each map every reason exhaustively.
 */
public enum Reason {
    /** The request: not JSON, or not an object. Details: line, column. */
    MALFORMED_JSON("malformed_json", "请求不是有效的 JSON 对象"),
    /** The request: no template named. */
    MISSING_TEMPLATE("missing_template", "请求没有指明简报种类"),
    /** The request: a kind or variant name that is not a name (a path, say). Details: field. */
    INVALID_NAME("invalid_name", "简报种类或版式的名称不对"),
    /** The request: a format other than pdf, docx or ofd. Details: field, valid. */
    UNKNOWN_FORMAT("unknown_format", "不认识的文件格式（可用 PDF、DOCX、OFD）"),
    /** The request: a parameter with a value it cannot take. Details: field, valid. */
    INVALID_PARAMETER("invalid_parameter", "请求的参数取值不对"),
    /** The request: only PDF is archived. Details: field, valid. */
    ARCHIVE_NEEDS_PDF("archive_needs_pdf", "只有 PDF 能存档"),
    /** The request: a protocol error below the service (a header or body the server cannot read). */
    BAD_REQUEST("bad_request", "无法读取这个请求"),
    /** The request: headers or body did not arrive in time (or arrived slower than the least data rate). */
    REQUEST_TIMEOUT("request_timeout", "请求没有按时送到"),
    /** The request: a URI longer than the server reads. */
    URI_TOO_LONG("uri_too_long", "请求的地址过长"),
    /** The request: headers larger than the server reads. */
    HEADERS_TOO_LARGE("headers_too_large", "请求头过大"),
    /** The request: an HTTP version the server does not speak. */
    UNSUPPORTED_HTTP_VERSION("unsupported_http_version", "不支持这一 HTTP 版本"),
    /** The request: a body that is not JSON. */
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", "不支持这种内容类型"),
    /** The request: a body over the limit. Details: limit. */
    BODY_TOO_LARGE("body_too_large", "送来的内容过大"),
    /** The request: a data file that does not exist (command line). */
    NO_SUCH_FILE("no_such_file", "找不到这个数据文件"),
    /** The request: an archive query parameter that is not valid. */
    INVALID_QUERY("invalid_query", "检索条件不对"),
    /** The request: a search without anything to search for. */
    MISSING_QUERY("missing_query", "请填写检索词"),
    /** The request: an archive id that is not a number. */
    INVALID_ID("invalid_id", "档案编号不对"),
    /** The request: the archive needs a token and none came. */
    UNAUTHORIZED("unauthorized", "需要登录或档案口令"),
    /** The request: a token that does not open the archive. */
    FORBIDDEN("forbidden", "没有权限做这件事"),
    /** The request: too many failed logins by this name or from this address; try again after Retry-After seconds. */
    TOO_MANY_ATTEMPTS("too_many_attempts", "登录失败次数过多，请稍后再试"),
    /** The request: a Host the service does not answer to (a rebinding page, a proxy not configured). Details: host, valid. */
    FOREIGN_HOST("foreign_host", "这个服务不应答这一主机名"),
    /** The request: a change sent from a page of another origin (a cross-site form or script). Details: origin. */
    FOREIGN_ORIGIN("foreign_origin", "拒绝来自其他网页的修改请求"),
    /** The request: no such resource or archive record. */
    NOT_FOUND("not_found", "没有这个内容"),
    /** The request: a step of the procedure the draft is not ready for (submitting a draft already submitted, signing one not passed). Details: state, allowed. */
    DRAFT_STATE("draft_state", "草稿当前的状态不能做这一步"),
    /** The request: a method the resource does not allow. */
    METHOD_NOT_ALLOWED("method_not_allowed", "这里不能这样操作"),
    /** The request: no such kind. Details: field, valid. */
    UNKNOWN_TEMPLATE("unknown_template", "没有这种简报"),
    /** The request: no such variant of the kind. Details: field, valid. */
    UNKNOWN_VARIANT("unknown_variant", "这种简报没有这个版式"),
    /** The request: the kind has no example data. */
    NO_EXAMPLE("no_example", "这种简报没有示例数据"),
    /** The data: they break the kind's schema. Details: path, message — one per violation. */
    INVALID_DATA("invalid_data", "数据不符合这一种类的要求"),
    /** The data: figures that do not add up (a derived count below zero, an error of the proofreading, or with strict a warning), or a field the variant cannot go out without (a 公文's 发文字号). Details: the findings. */
    INVALID_FIGURES("invalid_figures", "数字核对有误，未排版"),
    /** The data: a character no bundled font draws. Details: character, codePoint, paths. */
    UNCOVERED_CHARACTER("uncovered_character", "有字符没有字体能印出"),
    /** Load: every renderer is busy and the queue is full; try again. */
    BUSY("busy", "排版服务正忙，请稍后再试"),
    /** Load: the render took longer than its limit; try again. */
    RENDER_TIMEOUT("render_timeout", "排版超时，请稍后再试"),
    /** Load: the server is stopping. */
    SHUTTING_DOWN("shutting_down", "服务正在停止，请稍后再试"),
    /** Load: the work ran out of memory (other requests at once took it); try again. */
    OUT_OF_MEMORY("out_of_memory", "服务内存不足，请稍后再试"),
    /** Load: the archive's database does not answer (down, unreachable or hanging); try again. */
    ARCHIVE_UNAVAILABLE("archive_unavailable", "档案库暂时无法访问，请稍后再试"),
    /**
     * The templates: a template, its phrases or its style sheet that cannot be loaded or fails on
     * the data — the template author's to fix. Details: file, line, column (or phrase, role, key),
     * reason (Chinese), reasonEn.
     */
    TEMPLATE_ERROR("template_error", "模板有误，须由模板作者修改"),
    /** Ours: a template failed while running. */
    TEMPLATE_FAILED("template_failed", "模板运行出错"),
    /** Ours: a template wrote markup the reader refuses. Details: line, column. */
    BROKEN_MARKUP("broken_markup", "模板生成的内容有误"),
    /** Ours: an archived file is missing or altered. Details: id. */
    ARCHIVE_CORRUPT("archive_corrupt", "存档文件缺失或被改动"),
    /** Ours: anything unforeseen. */
    INTERNAL("internal_error", "服务内部出错");

    private final String code;
    private final String chinese;

    Reason(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** What the reason means, in a clerk's Chinese, where no more particular words were given. */
    public String chinese() {
        return chinese;
    }

    /** The stable code of the {@code error} field. */
    public String code() {
        return code;
    }
}
