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
import press.model.Attendance;
import press.model.Note;
import press.model.OfficialHead;
import press.model.Picture;
import press.model.Seal;
import press.model.Signatory;
import press.model.Signature;

/** Reads the elements only a 公文 has: {@code <head>}, {@code <addressees>}, {@code <attendance>}, {@code <signature>} and {@code <note>}. */
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

    /**
     * {@code <signature office date seal/>} for one organ; {@code <signature date><organ office
     * seal/>…</signature>} for the organs of a joint document; {@code <signature date position
     * name seal/>} signed by the signer's post and 签名章, as a 命令 is. Seals are PNG data URIs,
     * decoded and written again.
     */
    Signature signature() throws XMLStreamException {
        Map<String, String> a = parser.attributes(Set.of("office", "date", "seal", "position", "name"));
        String position = a.getOrDefault("position", "");
        String date = parser.required(a, "date");
        List<Signatory> signatories = new ArrayList<>();
        if (a.get("office") != null || !position.isBlank()) {
            String name = parser.required(a, position.isBlank() ? "office" : "name");
            Optional<Seal> seal = seal(a);
            signatories.add(parser.build(() -> new Signatory(name, seal)));
            parser.expectEmpty();
        } else {
            while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
                parser.expectName("organ", "signature");
                Map<String, String> organ = parser.attributes(Set.of("office", "seal"));
                String office = parser.required(organ, "office");
                Optional<Seal> seal = seal(organ);
                parser.expectEmpty();
                signatories.add(parser.build(() -> new Signatory(office, seal)));
            }
        }
        return parser.build(() -> new Signature(signatories, date, position));
    }

    private Optional<Seal> seal(Map<String, String> attributes) throws XMLStreamException {
        String data = attributes.get("seal");
        if (data == null || data.isBlank()) {
            return Optional.empty();
        }
        if (!data.startsWith(Images.PNG)) {
            throw parser.error("attribute 'seal' must be a data URI of a PNG image (" + Images.PNG + "…)");
        }
        Picture picture = FigureParser.picture(parser, data);
        return Optional.of(parser.build(() -> new Seal(picture.data())));
    }

    /** {@code <attendance label="出席"><to>…</to></attendance>}: a 纪要's 出席, 请假 or 列席 line. */
    Attendance attendance() throws XMLStreamException {
        Map<String, String> a = parser.attributes(Set.of("label"));
        String label = parser.required(a, "label");
        List<String> names = new ArrayList<>();
        while (parser.nextTag() == XMLStreamConstants.START_ELEMENT) {
            parser.expectName("to", "attendance");
            names.add(line("to"));
        }
        return parser.build(() -> new Attendance(label, names));
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
