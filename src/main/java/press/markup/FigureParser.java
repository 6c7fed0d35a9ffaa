package press.markup;

import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
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
        Picture picture = parser.build(() -> Images.decode(parser.required(a, "src")));
        float width;
        try {
            width = Float.parseFloat(a.getOrDefault("width", "0").strip());
        } catch (NumberFormatException e) {
            throw parser.error("attribute 'width' must be a number of millimetres, was '" + a.get("width") + "'");
        }
        return parser.build(() -> new Figure(picture, a.get("caption"), width));
    }
}
