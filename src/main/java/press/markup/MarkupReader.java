package press.markup;

import java.io.Reader;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import press.model.Document;

/**
 * Reads bulletin markup into a {@link Document}. Stateless and safe to share between threads;
 * each call parses with a fresh, hardened StAX reader (no DTDs, no external entities).
 *
 * <p>The vocabulary, in outline:
 * <pre>
 * bulletin    = meta, (masthead | title | subtitle | heading | p | list | table | attachments
 *               | page-break)*, appendix*, closing?
 * meta        @title @region? @period? @issuer? @issued?
 * masthead    @name @issue? @office? @date?
 * heading     @level(1..4), inline*
 * p, item, cell, title, subtitle = inline*   (inline = text | strong | br)
 * list        @ordered?, item+
 * table       @orientation(auto|portrait|landscape)? @abridge(true|false)?, columns, head?, body?, foot?
 * columns     column+ @kind(text|number)
 * head, body, foot = row*;  row = cell+;  cell @rowspan? @colspan?
 * attachments = attachment+ (plain text)
 * appendix    @number @title, (heading | p | list | table | page-break)*
 * closing     @office @date @disclosure?, distribution*;  distribution @label, to+
 * </pre>
 */
public final class MarkupReader {

    public Document read(String markup) {
        return read(new StringReader(markup));
    }

    /** Reads markup as it comes from {@code markup}: a failure to read it is refused as broken markup. */
    public Document read(Reader markup) {
        XMLStreamReader xml = open(markup);
        try {
            return new MarkupParser(xml).document();
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            String message = e.getNestedException() != null ? e.getNestedException().getMessage() : e.getMessage();
            throw MarkupParser.failure(cleanMessage(message),
                    location == null ? 0 : location.getLineNumber(), location == null ? 0 : location.getColumnNumber());
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing was written, closing only releases the parser
            }
        }
    }

    /** The hardened factory, one per thread: StAX does not promise a factory is safe to share. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    });

    private static XMLStreamReader open(Reader markup) {
        try {
            return FACTORY.get().createXMLStreamReader(markup);
        } catch (XMLStreamException e) {
            throw MarkupParser.failure(cleanMessage(e.getMessage()), 1, 1);
        }
    }

    /** StAX prefixes messages with its own location; ours already carries one. */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "malformed markup";
        }
        int marker = message.indexOf("Message: ");
        return marker >= 0 ? message.substring(marker + "Message: ".length()).trim() : message.trim();
    }
}
