package press.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A DOCX read back: its parts by name, and XPath over them with the w: and r: prefixes. */
public final class Docx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts = new HashMap<>();

    public Docx(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String part) {
        return parts.containsKey(part);
    }

    public byte[] bytes(String part) {
        return parts.get(part);
    }

    public String text(String part) {
        return new String(parts.get(part), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * {@code word/document.xml} for a golden: docx4j declares dozens of namespaces on the root in
     * an order that varies from run to run, and signs its comment with the JVM's version.
     */
    /**
     * word/document.xml as a golden keeps it: the root's namespace declarations dropped, comments
     * removed, and indented (the writer writes it on one line) so that a change reads as a diff.
     */
    public String normalizedDocumentXml() {
        String xml = text("word/document.xml").replaceFirst("<w:document[^>]*>", "<w:document>")
                .replaceAll("<!--.*?-->", "");
        return indented(xml).replaceAll("[ \\t]+\\n", "\\n");
    }

    private static String indented(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
            javax.xml.transform.Transformer transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(javax.xml.transform.OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
            transformer.setOutputProperty(javax.xml.transform.OutputKeys.STANDALONE, "yes");
            java.io.StringWriter out = new java.io.StringWriter();
            transformer.transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("word/document.xml is not XML", e);
        }
    }

    public Map<String, byte[]> parts() {
        return Map.copyOf(parts);
    }

    public NodeList nodes(String part, String xpath) {
        try {
            return (NodeList) xpath().evaluate(xpath, parse(part), XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    public String value(String part, String xpath) {
        try {
            return xpath().evaluate(xpath, parse(part));
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    public double number(String part, String xpath) {
        try {
            return (Double) xpath().evaluate(xpath, parse(part), XPathConstants.NUMBER);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    private Document parse(String part) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(part)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + part, e);
        }
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "w" -> W;
                    case "r" -> R;
                    case "wp" -> "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceUri) {
                return null;
            }
        });
        return xpath;
    }
}
