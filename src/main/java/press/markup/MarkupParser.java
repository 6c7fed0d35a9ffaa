package press.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import press.failure.Failure;
import press.failure.Reason;
import press.model.Appendix;
import press.model.AttachmentNote;
import press.model.Block;
import press.model.Closing;
import press.model.DistributionLine;
import press.model.Document;
import press.model.Heading;
import press.model.Inline;
import press.model.ItemList;
import press.model.ListItem;
import press.model.Masthead;
import press.model.Metadata;
import press.model.PageBreak;
import press.model.Paragraph;
import press.model.Title;

/** One pass over one markup text; not shared, see {@link MarkupReader}. */
final class MarkupParser {

    private static final Set<String> NONE = Set.of();

    private final XMLStreamReader xml;
    private final InlineCollector inlineCollector;
    private final OfficialParser official = new OfficialParser(this);

    MarkupParser(XMLStreamReader xml) {
        this.xml = xml;
        this.inlineCollector = new InlineCollector(this);
    }

    Document document() throws XMLStreamException {
        if (nextTag() != XMLStreamConstants.START_ELEMENT || !"bulletin".equals(xml.getLocalName())) {
            throw error("the root element must be <bulletin>");
        }
        attributes(NONE);
        if (nextTag() != XMLStreamConstants.START_ELEMENT || !"meta".equals(xml.getLocalName())) {
            throw error("<bulletin> must begin with <meta>");
        }
        Metadata metadata = metadata();
        List<Block> blocks = new ArrayList<>();
        Title pendingTitle = null;
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if ("subtitle".equals(name)) {
                if (pendingTitle == null || blocks.get(blocks.size() - 1) != pendingTitle) {
                    throw error("<subtitle> must follow <title>");
                }
                attributes(NONE);
                blocks.set(blocks.size() - 1, new Title(pendingTitle.content(), inlines()));
                continue;
            }
            Block block = switch (name) {
                case "masthead" -> masthead();
                case "title" -> {
                    attributes(NONE);
                    pendingTitle = new Title(inlines());
                    yield pendingTitle;
                }
                case "attachments" -> attachments();
                case "head" -> official.head();
                case "addressees" -> official.addressees();
                case "attendance" -> official.attendance();
                case "signature" -> official.signature();
                case "note" -> official.note();
                case "appendix" -> appendix();
                case "closing" -> closing();
                default -> contentBlock(name, "bulletin");
            };
            blocks.add(block);
        }
        expectEnd();
        return build(() -> new Document(metadata, blocks));
    }

    /** Blocks allowed both in the body and inside an appendix. */
    private Block contentBlock(String name, String parent) throws XMLStreamException {
        return switch (name) {
            case "heading" -> {
                int level = intAttribute(attributes(Set.of("level")), "level", true);
                List<Inline> content = nonEmpty(inlines(), "heading");
                yield build(() -> new Heading(level, content));
            }
            case "p" -> {
                attributes(NONE);
                yield new Paragraph(nonEmpty(inlines(), "p"));
            }
            case "list" -> list();
            case "table" -> new TableParser(this).table();
            case "figure" -> new FigureParser(this).figure();
            case "chart" -> new ChartParser(this).chart();
            case "page-break" -> {
                attributes(NONE);
                expectEmpty();
                yield new PageBreak();
            }
            default -> throw error("unknown element <" + name + "> in <" + parent + ">");
        };
    }

    private Metadata metadata() throws XMLStreamException {
        Map<String, String> a = attributes(Set.of("title", "region", "period", "issuer", "issued"));
        expectEmpty();
        return build(() -> new Metadata(required(a, "title"), a.get("region"), a.get("period"),
                a.get("issuer"), a.get("issued")));
    }

    private Masthead masthead() throws XMLStreamException {
        Map<String, String> a = attributes(Set.of("name", "issue", "office", "date"));
        expectEmpty();
        return build(() -> new Masthead(required(a, "name"), a.get("issue"), a.get("office"), a.get("date")));
    }

    /** {@code <list ordered numbering><item marker>text<list>…</list></item>…</list>}: a nested list ends its item. */
    private ItemList list() throws XMLStreamException {
        Map<String, String> a = attributes(Set.of("ordered", "numbering"));
        boolean ordered = booleanAttribute(a, "ordered");
        String numberingName = a.getOrDefault("numbering", "arabic-dot");
        ItemList.Numbering numbering = enumAttribute(Map.of("numbering", numberingName.replace('-', '_')), "numbering",
                ItemList.Numbering.class, ItemList.Numbering.ARABIC_DOT);
        List<ListItem> items = new ArrayList<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            expectName("item", "list");
            String marker = attributes(Set.of("marker")).get("marker");
            List<ItemList> sublists = new ArrayList<>();
            List<Inline> content = nonEmpty(inlineCollector.collect("list", () -> sublists.add(list())), "item");
            items.add(build(() -> new ListItem(content, marker, sublists)));
        }
        return build(() -> new ItemList(ordered, numbering, items));
    }

    private AttachmentNote attachments() throws XMLStreamException {
        attributes(NONE);
        List<String> names = new ArrayList<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            expectName("attachment", "attachments");
            attributes(NONE);
            names.add(plainText("attachment"));
        }
        return build(() -> new AttachmentNote(names));
    }

    private Appendix appendix() throws XMLStreamException {
        Map<String, String> a = attributes(Set.of("number", "title"));
        int number = intAttribute(a, "number", true);
        List<Block> content = new ArrayList<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            content.add(contentBlock(xml.getLocalName(), "appendix"));
        }
        return build(() -> new Appendix(number, required(a, "title"), content));
    }

    private Closing closing() throws XMLStreamException {
        Map<String, String> a = attributes(Set.of("disclosure", "office", "date"));
        List<DistributionLine> lines = new ArrayList<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            expectName("distribution", "closing");
            String label = required(attributes(Set.of("label")), "label");
            List<String> recipients = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                expectName("to", "distribution");
                attributes(NONE);
                recipients.add(plainText("to"));
            }
            lines.add(build(() -> new DistributionLine(label, recipients)));
        }
        return build(() -> new Closing(a.get("disclosure"), lines, required(a, "office"), required(a, "date")));
    }

    // ---- shared with TableParser and InlineCollector ----

    List<Inline> inlines() throws XMLStreamException {
        return inlineCollector.collect();
    }

    String plainText(String element) throws XMLStreamException {
        String text = Inline.plainText(inlines());
        if (text.isBlank() || text.contains("\n")) {
            throw error("<" + element + "> must hold one line of plain text");
        }
        return text;
    }

    XMLStreamReader xml() {
        return xml;
    }

    /** Moves to the next start or end tag, skipping comments and white space; other text is an error. */
    int nextTag() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                    return event;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                    if (!xml.isWhiteSpace()) {
                        throw error("text is not allowed here: \"" + abbreviate(xml.getText().strip()) + "\"");
                    }
                }
                case XMLStreamConstants.COMMENT -> {
                    // comments are the template author's, not content
                }
                case XMLStreamConstants.DTD -> throw error("DOCTYPE is not allowed in bulletin markup");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity reference &" + xml.getLocalName()
                        + "; is not allowed");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> throw error("processing instructions are not allowed");
                case XMLStreamConstants.END_DOCUMENT -> throw error("unexpected end of markup");
                default -> throw error("unexpected XML event " + event);
            }
        }
    }

    void expectEmpty() throws XMLStreamException {
        String name = xml.getLocalName();
        if (nextTag() != XMLStreamConstants.END_ELEMENT) {
            throw error("<" + name + "> must be empty");
        }
    }

    private void expectEnd() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT
                    || (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace())) {
                throw error("nothing may follow </bulletin>");
            }
        }
    }

    void expectName(String expected, String parent) {
        if (!expected.equals(xml.getLocalName())) {
            throw error("unknown element <" + xml.getLocalName() + "> in <" + parent + ">, expected <" + expected + ">");
        }
    }

    /** The current element's attributes, refusing any not in {@code allowed}. */
    Map<String, String> attributes(Set<String> allowed) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            if (!allowed.contains(name)) {
                throw error("unknown attribute '" + name + "' on <" + xml.getLocalName() + ">");
            }
            attributes.put(name, xml.getAttributeValue(i));
        }
        return attributes;
    }

    String required(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        if (value == null || value.isBlank()) {
            throw error("missing attribute '" + name + "'");
        }
        return value;
    }

    int intAttribute(Map<String, String> attributes, String name, boolean required) {
        String value = required ? required(attributes, name) : attributes.getOrDefault(name, "1");
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw error("attribute '" + name + "' must be a whole number, was '" + value + "'");
        }
    }

    boolean booleanAttribute(Map<String, String> attributes, String name) {
        String value = attributes.getOrDefault(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw error("attribute '" + name + "' must be true or false, was '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    <E extends Enum<E>> E enumAttribute(Map<String, String> attributes, String name, Class<E> type, E fallback) {
        String value = attributes.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("attribute '" + name + "' has unknown value '" + value + "'");
        }
    }

    <T> T nonEmpty(T inlines, String element) {
        if (inlines instanceof List<?> list && list.isEmpty()) {
            throw error("<" + element + "> must not be empty");
        }
        return inlines;
    }

    /** Runs a model constructor, turning its validation message into a located markup error. */
    <T> T build(ModelConstructor<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw error(e.getMessage());
        }
    }

    /** Markup the reader refuses: a fault of the template that wrote it, with the line and column. */
    static Failure failure(String message, int line, int column) {
        return Failure.at(Reason.BROKEN_MARKUP, "markup line " + line + ", column " + column + ": " + message, line, column);
    }

    Failure error(String message) {
        var location = xml.getLocation();
        return failure(message, location.getLineNumber(), location.getColumnNumber());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** A model constructor call; its exceptions are validation failures. */
    @FunctionalInterface
    interface ModelConstructor<T> {
        T get();
    }
}
