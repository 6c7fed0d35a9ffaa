package press.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import press.model.Inline;
import press.model.Kai;
import press.model.LineBreak;
import press.model.Strong;
import press.model.Text;

/**
 * Reads mixed content (text, {@code <strong>}, {@code <kai>}, {@code <br/>}) up to the end of the current
 * element. White space is collapsed as in HTML: runs become one space, and none is kept at the
 * start or end of the element or next to a line break, so template indentation never shows.
 */
final class InlineCollector {

    /** Runs of XML white space, which running text collapses to one space. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\r\\n]+");


    private final MarkupParser parser;

    InlineCollector(MarkupParser parser) {
        this.parser = parser;
    }

    List<Inline> collect() throws XMLStreamException {
        return trim(collectRaw(null, null));
    }

    /**
     * Inline content up to the end of the current element, where an element named
     * {@code nested} is no inline but read whole by {@code reader} (a list inside a list item).
     */
    List<Inline> collect(String nested, NestedReader reader) throws XMLStreamException {
        List<Inline> raw = new ArrayList<>(collectRaw(nested, reader));
        // the text ends where the nested element begins: what lies around that is indentation
        while (!raw.isEmpty() && raw.get(raw.size() - 1) instanceof Text text && text.value().isBlank()) {
            raw.remove(raw.size() - 1);
        }
        if (!raw.isEmpty() && raw.get(raw.size() - 1) instanceof Text text) {
            raw.set(raw.size() - 1, new Text(text.value().stripTrailing()));
        }
        return trim(raw);
    }

    /** Reads one nested element from its start tag to its end tag. */
    @FunctionalInterface
    interface NestedReader {
        void read() throws XMLStreamException;
    }

    private List<Inline> collectRaw(String nested, NestedReader reader) throws XMLStreamException {
        XMLStreamReader xml = parser.xml();
        List<Inline> inlines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
                        text.append(xml.getText());
                case XMLStreamConstants.COMMENT -> {
                    // not content
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    flush(text, inlines);
                    String name = xml.getLocalName();
                    if (name.equals(nested)) {
                        reader.read();
                        continue;
                    }
                    parser.attributes(java.util.Set.of());
                    if ("strong".equals(name) || "kai".equals(name)) {
                        List<Inline> content = collectRaw(null, null);
                        if (!content.isEmpty()) {
                            inlines.add("strong".equals(name) ? new Strong(content) : new Kai(content));
                        }
                    } else if ("br".equals(name)) {
                        parser.expectEmpty();
                        inlines.add(new LineBreak());
                    } else {
                        throw parser.error("unknown element <" + name + "> in running text");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    flush(text, inlines);
                    return inlines;
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw parser.error("entity reference &"
                        + xml.getLocalName() + "; is not allowed");
                case XMLStreamConstants.DTD -> throw parser.error("DOCTYPE is not allowed in bulletin markup");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> throw parser.error("processing instructions are not allowed");
                default -> throw parser.error("unexpected XML event " + event + " in running text");
            }
        }
    }

    private static void flush(StringBuilder text, List<Inline> inlines) {
        if (text.length() > 0) {
            String collapsed = WHITE_SPACE.matcher(text).replaceAll(" ");
            inlines.add(new Text(collapsed));
            text.setLength(0);
        }
    }

    /** Drops white space at both ends and around line breaks, recursively into strong and 楷体 text. */
    private static List<Inline> trim(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            switch (inline) {
                case Text text -> {
                    String value = text.value();
                    if (i == 0 || inlines.get(i - 1) instanceof LineBreak) {
                        value = value.stripLeading();
                    }
                    if (i == inlines.size() - 1 || inlines.get(i + 1) instanceof LineBreak) {
                        value = value.stripTrailing();
                    }
                    if (!value.isEmpty()) {
                        out.add(new Text(value));
                    }
                }
                case Strong strong -> {
                    List<Inline> content = trim(strong.content());
                    if (!content.isEmpty()) {
                        out.add(new Strong(content));
                    }
                }
                case Kai kai -> {
                    List<Inline> content = trim(kai.content());
                    if (!content.isEmpty()) {
                        out.add(new Kai(content));
                    }
                }
                case LineBreak lineBreak -> out.add(lineBreak);
            }
        }
        return out;
    }
}
