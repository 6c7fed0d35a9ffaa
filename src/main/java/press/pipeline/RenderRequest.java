package press.pipeline;

import java.util.Objects;
import press.render.Format;
import tools.jackson.databind.JsonNode;

/**
 * What to render: the kind, the variant (null for the kind's default), the format, the data, and
 * whether a DOCX embeds the bundled fonts (a PDF always does).
 */
public record RenderRequest(String kind, String variant, Format format, JsonNode data, boolean embedFonts) {

    public RenderRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
    }

    public RenderRequest(String kind, String variant, Format format, JsonNode data) {
        this(kind, variant, format, data, false);
    }
}
