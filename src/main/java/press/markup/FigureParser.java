package press.markup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javax.xml.stream.XMLStreamException;
import press.failure.Failure;
import press.failure.Reason;
import press.images.Images;
import press.model.Figure;
import press.model.Picture;

/** Reads {@code <figure src="data:image/…" width="120" caption="…"/>}: width in millimetres, optional. */
final class FigureParser {

    private final MarkupParser parser;

    FigureParser(MarkupParser parser) {
        this.parser = parser;
    }

    Figure figure() throws XMLStreamException {
        Map<String, String> a = parser.attributes(Set.of("src", "width", "caption"));
        parser.expectEmpty();
        Picture picture = picture(parser, parser.required(a, "src"));
        float width;
        try {
            width = Float.parseFloat(a.getOrDefault("width", "0").strip());
        } catch (NumberFormatException e) {
            throw parser.error("attribute 'width' must be a number of millimetres, was '" + a.get("width") + "'");
        }
        return parser.build(() -> new Figure(picture, a.get("caption"), width));
    }

    /**
     * The picture a data URI holds, decoded and written again; a render abandoned meanwhile stops
     * as it stops anywhere else, with RENDER_TIMEOUT, never with half a picture.
     */
    static Picture picture(MarkupParser parser, String uri) {
        try {
            return parser.build(() -> Images.decode(uri));
        } catch (CancellationException e) {
            throw new Failure(Reason.RENDER_TIMEOUT, "the render was abandoned at its time limit", List.of(), e);
        }
    }
}
