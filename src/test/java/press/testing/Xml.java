package press.testing;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XML compared as XML: elements, attributes and text by value, indentation between elements
 * ignored. Prefixes are read as part of the names, as the goldens drop the namespace
 * declarations of {@code w:document}.
 */
final class Xml {

    private Xml() {
    }

    static boolean sameDocument(String expected, String actual) {
        Document one = parse(expected);
        Document two = parse(actual);
        return one != null && two != null && one.isEqualNode(two);
    }

    /** The parsed document without the white space that only indents elements; null when it is not XML. */
    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            dropIndentation(document.getDocumentElement());
            document.normalizeDocument();
            return document;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null;
        }
    }

    private static void dropIndentation(Node element) {
        boolean hasElements = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            hasElements |= child.getNodeType() == Node.ELEMENT_NODE;
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && hasElements && child.getTextContent().isBlank()) {
                element.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                dropIndentation(child);
            }
            child = next;
        }
    }
}
