package press.render.ofd;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An OFD package read back for tests, written from GB/T 33190's text and not from our writer:
 * its entries in order, each XML part parsed, the document's pages with their sizes and
 * contents, its fonts and pictures reached through the resource files' {@code BaseLoc}, every
 * location resolved against the part that names it.
 */
final class OfdFile {

    static final String OFD = "http://www.ofdspec.org/2016";

    /** A page: its identifier, its content part, its size in millimetres. */
    record PageRef(long id, String content, double width, double height) {
    }

    /** A font resource: the names it gives and the file it embeds (null where none). */
    record FontRef(long id, String fontName, String familyName, String file, byte[] bytes) {
    }

    /** A picture resource: its format and bytes. */
    record MediaRef(long id, String format, String file, byte[] bytes) {
    }

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, ZipEntry> zipEntries = new LinkedHashMap<>();
    private final Map<String, Document> parsed = new LinkedHashMap<>();

    OfdFile(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
                zipEntries.put(entry.getName(), entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> names() {
        return List.copyOf(entries.keySet());
    }

    ZipEntry zipEntry(String name) {
        return zipEntries.get(name);
    }

    byte[] bytes(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError("the package has no " + name + " (it has " + entries.keySet() + ")");
        }
        return bytes;
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The XML part, parsed namespace-aware, no DOCTYPE allowed. */
    Document xml(String name) {
        return parsed.computeIfAbsent(name, part -> {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                DocumentBuilder builder = factory.newDocumentBuilder();
                return builder.parse(new ByteArrayInputStream(bytes(part)));
            } catch (Exception e) {
                throw new AssertionError(part + " is not well-formed XML: " + e.getMessage(), e);
            }
        });
    }

    /** {@code location} (an ST_Loc) named in part {@code from}, as an entry name. */
    static String resolve(String from, String location) {
        if (location.startsWith("/")) {
            return location.substring(1);
        }
        int slash = from.lastIndexOf('/');
        String base = slash < 0 ? "" : from.substring(0, slash + 1);
        List<String> parts = new ArrayList<>(List.of((base + location).split("/")));
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).equals("..")) {
                parts.remove(i);
                parts.remove(i - 1);
                i -= 2;
            } else if (parts.get(i).equals(".")) {
                parts.remove(i--);
            }
        }
        return String.join("/", parts);
    }

    /** The one document's root part, from {@code OFD.xml}. */
    String documentPart() {
        return resolve("OFD.xml", text(first(first(xml("OFD.xml").getDocumentElement(), "DocBody"), "DocRoot")));
    }

    List<PageRef> pages() {
        String part = documentPart();
        Element document = xml(part).getDocumentElement();
        double[] common = box(text(first(first(first(document, "CommonData"), "PageArea"), "PhysicalBox")));
        List<PageRef> pages = new ArrayList<>();
        for (Element page : children(first(document, "Pages"), "Page")) {
            String content = resolve(part, page.getAttribute("BaseLoc"));
            Element area = first(xml(content).getDocumentElement(), "Area");
            double[] size = area == null ? common : box(text(first(area, "PhysicalBox")));
            pages.add(new PageRef(Long.parseLong(page.getAttribute("ID")), content, size[2], size[3]));
        }
        return pages;
    }

    /** The resource parts the document names (PublicRes, then DocumentRes). */
    List<String> resourceParts() {
        String part = documentPart();
        Element common = first(xml(part).getDocumentElement(), "CommonData");
        List<String> parts = new ArrayList<>();
        for (Element res : children(common, "PublicRes")) {
            parts.add(resolve(part, text(res)));
        }
        for (Element res : children(common, "DocumentRes")) {
            parts.add(resolve(part, text(res)));
        }
        return parts;
    }

    Map<Long, FontRef> fonts() {
        Map<Long, FontRef> fonts = new LinkedHashMap<>();
        for (String part : resourceParts()) {
            Element res = xml(part).getDocumentElement();
            String base = resolve(part, res.getAttribute("BaseLoc") + "/x");
            for (Element group : children(res, "Fonts")) {
                for (Element font : children(group, "Font")) {
                    Element file = first(font, "FontFile");
                    String name = file == null ? null : resolve(base, text(file));
                    fonts.put(Long.parseLong(font.getAttribute("ID")), new FontRef(Long.parseLong(font.getAttribute("ID")),
                            font.getAttribute("FontName"), font.getAttribute("FamilyName"), name,
                            name == null ? null : bytes(name)));
                }
            }
        }
        return fonts;
    }

    Map<Long, MediaRef> media() {
        Map<Long, MediaRef> media = new LinkedHashMap<>();
        for (String part : resourceParts()) {
            Element res = xml(part).getDocumentElement();
            String base = resolve(part, res.getAttribute("BaseLoc") + "/x");
            for (Element group : children(res, "MultiMedias")) {
                for (Element item : children(group, "MultiMedia")) {
                    String name = resolve(base, text(first(item, "MediaFile")));
                    long id = Long.parseLong(item.getAttribute("ID"));
                    media.put(id, new MediaRef(id, item.getAttribute("Format"), name, bytes(name)));
                }
            }
        }
        return media;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && OFD.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static List<Element> elements(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    /** An ST_Box or ST_Array of numbers. */
    static double[] numbers(String value) {
        String[] tokens = value.strip().split("\\s+");
        double[] numbers = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            numbers[i] = Double.parseDouble(tokens[i]);
        }
        return numbers;
    }

    static double[] box(String value) {
        double[] box = numbers(value);
        if (box.length != 4) {
            throw new AssertionError("an ST_Box has four numbers: " + value);
        }
        return box;
    }
}
