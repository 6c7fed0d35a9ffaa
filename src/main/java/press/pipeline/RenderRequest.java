package press.pipeline;

import java.util.Objects;
import press.render.Format;
import tools.jackson.databind.JsonNode;

/** What to render: the kind, the variant (null for the kind's default), the format and the data. */
public record RenderRequest(String kind, String variant, Format format, JsonNode data) {

    public RenderRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
    }
}
