package press.http;

import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.pipeline.MalformedJsonException;
import press.pipeline.UncoveredCharacterError;
import press.pipeline.UnknownTemplateException;
import press.template.InvalidDataException;

/** Maps what can go wrong to the error the client receives. Unknown failures become 500 with the request id. */
final class Errors {

    private Errors() {
    }

    static ApiError of(Exception failure, String requestId) {
        if (failure instanceof ApiError api) {
            return api;
        }
        if (failure instanceof MalformedJsonException json) {
            return new ApiError(400, "malformed_json", json.getMessage(),
                    List.of(Map.of("line", json.line(), "column", json.column())));
        }
        if (failure instanceof InvalidDataException invalid) {
            return new ApiError(422, "invalid_data", "the data does not match the template's schema ("
                    + invalid.violations().size() + " problems)", invalid.violations().stream()
                    .map(v -> Map.<String, Object>of("path", v.path(), "message", v.message())).toList());
        }
        if (failure instanceof UnknownTemplateException unknown) {
            return new ApiError(404, "unknown_" + unknown.field(), unknown.getMessage(),
                    List.of(Map.of("field", unknown.field(), "valid", unknown.known())));
        }
        if (failure instanceof UncoveredCharacterError uncovered) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("character", uncovered.character());
            detail.put("codePoint", uncovered.codePoint());
            detail.put("paths", uncovered.paths());
            return new ApiError(422, "uncovered_character", uncovered.getMessage(), List.of(detail));
        }
        if (failure instanceof HttpResponseException http) {
            return switch (http.getStatus()) {
                case 404 -> ApiError.of(404, "not_found", "no such resource");
                case 405 -> ApiError.of(405, "method_not_allowed", "method not allowed here");
                case 413 -> ApiError.of(413, "body_too_large", "the request body is too large");
                default -> ApiError.of(http.getStatus(), "http_" + http.getStatus(), http.getMessage());
            };
        }
        return new ApiError(500, "internal_error", "unexpected error; quote request id " + requestId,
                List.of(Map.of("requestId", requestId)));
    }
}
