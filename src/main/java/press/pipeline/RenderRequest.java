package press.pipeline;

import java.util.Objects;
import press.figures.History;
import tools.jackson.databind.JsonNode;

/**
 * What to render: the kind, the variant (null for the kind's default), the format, the data, the
 * options, and the earlier issues its figures are compared with ({@link History#NONE} for none).
 */
public record RenderRequest(String kind, String variant, Format format, JsonNode data, RenderOptions options,
                            History history) {

    public RenderRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(history, "history");
        if (options.archival() && format == Format.DOCX) {
            throw new IllegalArgumentException("PDF/A and OFD-A are archival forms; a DOCX is not");
        }
    }

    public RenderRequest(String kind, String variant, Format format, JsonNode data, RenderOptions options) {
        this(kind, variant, format, data, options, History.NONE);
    }

    public RenderRequest(String kind, String variant, Format format, JsonNode data) {
        this(kind, variant, format, data, RenderOptions.NONE);
    }

    /** The same request, compared with these earlier issues. */
    public RenderRequest withHistory(History earlier) {
        return new RenderRequest(kind, variant, format, data, options, earlier);
    }
}
