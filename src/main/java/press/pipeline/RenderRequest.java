package press.pipeline;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** What to render: the kind, the variant (null for the kind's default), the format, the data, the options. */
public record RenderRequest(String kind, String variant, Format format, JsonNode data, RenderOptions options) {

    public RenderRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        if (options.archival() && format == Format.DOCX) {
            throw new IllegalArgumentException("PDF/A and OFD-A are archival forms; a DOCX is not");
        }
    }

    public RenderRequest(String kind, String variant, Format format, JsonNode data) {
        this(kind, variant, format, data, RenderOptions.NONE);
    }
}
