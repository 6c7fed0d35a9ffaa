package press.render.ofd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML file of the package written through the JDK's StAX writer: every element in the
 * OFD namespace with the prefix {@code ofd}, declared once on the root; text and attribute
 * values escaped by the writer. Made for one file and thrown away.
 */
final class OfdXml {

    static final String NAMESPACE = "http://www.ofdspec.org/2016";
    static final String PREFIX = "ofd";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private final XMLStreamWriter xml;

    private final String own;

    /** Starts a file whose root element is the OFD element {@code root}. */
    OfdXml(String root) {
        this(null, root);
    }

    /**
     * Starts a file whose root element is {@code root}: in the OFD namespace, or where
     * {@code own} is given, in that default namespace, the OFD namespace declared beside it.
     */
    OfdXml(String own, String root) {
        this.own = own;
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix(PREFIX, NAMESPACE);
            if (own == null) {
                xml.writeStartElement(PREFIX, root, NAMESPACE);
            } else {
                xml.setDefaultNamespace(own);
                xml.writeStartElement("", root, own);
                xml.writeDefaultNamespace(own);
            }
            xml.writeNamespace(PREFIX, NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start an XML file", e);
        }
    }

    /** Opens an element in the OFD namespace. */
    OfdXml start(String name) {
        try {
            xml.writeStartElement(PREFIX, name, NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Opens an element of the file's own vocabulary (a custom tag file's), in its default namespace. */
    OfdXml startOwn(String name) {
        try {
            xml.writeStartElement("", name, own);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    OfdXml attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    OfdXml attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    OfdXml text(String text) {
        try {
            xml.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    OfdXml end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding only text. */
    OfdXml element(String name, String text) {
        return start(name).text(text).end();
    }

    /** Closes every open element and gives the file's bytes. */
    byte[] finish() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
