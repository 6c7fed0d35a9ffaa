package press.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import press.images.Images;
import press.model.Addressees;
import press.model.Note;
import press.model.OfficialHead;
import press.model.Picture;
import press.model.Seal;
import press.model.Signature;

/** Reads the elements only a 公文 has: {@code <head>}, {@code <addressees>}, {@code <signature>} and {@code <note>}. */
final class OfficialParser {

    private final MarkupParser parser;

    OfficialParser(MarkupParser parser) {
        this.parser = parser;
    }

    /** {@code <head copy secrecy urgency number suffix><issuer>…</issuer><signer>…</signer></head>} */
    OfficialHead head() throws XMLStreamException {
        Map<String, String> a = parser.attributes(Set.of("copy", "secrecy", "urgency", "number", "suffix"));
        List<String> issuers = new ArrayList<>();
        List<String> signers = new ArrayList<>();
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = parser.xml().getLocalName();
            switch (name) {
                case "issuer" -> issuers.add(line("issuer"));
                case "signer" -> signers.add(line("signer"));
                default -> throw parser.error("unknown element <" + name + "> in <head>, expected <issuer> or <signer>");
            }
        }
        return parser.build(() -> new OfficialHead(a.get("copy"), a.get("secrecy"), a.get("urgency"), issuers,
                a.get("suffix"), a.get("number"), signers));
    }

    /** {@code <addressees><to>…</to></addressees>} */
    Addressees addressees() throws XMLStreamException {
        parser.attributes(Set.of());
        List<String> names = new ArrayList<>();
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            parser.expectName("to", "addressees");
            names.add(line("to"));
        }
        return parser.build(() -> new Addressees(names));
    }

    /** {@code <signature office date seal="data:image/png;base64,…"/>}: the seal decoded and written again. */
    Signature signature() throws XMLStreamException {
        Map<String, String> a = parser.attributes(Set.of("office", "date", "seal"));
        parser.expectEmpty();
        Optional<Seal> seal = Optional.empty();
        String data = a.get("seal");
        if (data != null && !data.isBlank()) {
            if (!data.startsWith(Images.PNG)) {
                throw parser.error("attribute 'seal' must be a data URI of a PNG image (" + Images.PNG + "…)");
            }
            Picture picture = FigureParser.picture(parser, data);
            seal = Optional.of(parser.build(() -> new Seal(picture.data())));
        }
        Optional<Seal> sealed = seal;
        return parser.build(() -> new Signature(parser.required(a, "office"), parser.required(a, "date"), sealed));
    }

    /** {@code <note>此件公开发布</note>} */
    Note note() throws XMLStreamException {
        String text = line("note");
        return parser.build(() -> new Note(text));
    }

    private String line(String element) throws XMLStreamException {
        parser.attributes(Set.of());
        return parser.plainText(element);
    }
}
