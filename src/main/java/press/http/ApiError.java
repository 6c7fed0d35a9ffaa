package press.http;

import java.util.List;
import java.util.Map;

/**
 * An error the service answers with: its HTTP status, a stable code, a message for people and
 * details for programs (violations with their JSON paths, the valid names…).
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<Map<String, Object>> details;
    private final transient Map<String, String> headers;

    public ApiError(int status, String code, String message, List<Map<String, Object>> details) {
        this(status, code, message, details, Map.of());
    }

    public ApiError(int status, String code, String message, List<Map<String, Object>> details,
                    Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    public static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Map<String, Object>> details() {
        return details;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
