package press.render.ofd;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One XML file of the package, written as text by the JDK's string builder: every element in
 * the OFD namespace with the prefix {@code ofd}, declared once on the root; text and attribute
 * values escaped here (markup characters as entities, line ends and tabs in attributes as
 * character references so a reader's normalisation keeps them), an empty element closed in its
 * start tag. Not StAX: its writer took a quarter of an OFD render escaping and encoding character
 * by character. Every part is parsed back by the JDK's parser in the tests. Made for one file.
 */
final class OfdXml {

    static final String NAMESPACE = "http://www.ofdspec.org/2016";
    static final String PREFIX = "ofd";

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();
    /** Whether the last start tag still takes attributes (its {@code >} not yet written). */
    private boolean inStartTag;

    /** Starts a file whose root element is the OFD element {@code root}. */
    OfdXml(String root) {
        this(null, root);
    }

    /**
     * Starts a file whose root element is {@code root}: in the OFD namespace, or where
     * {@code own} is given, in that default namespace, the OFD namespace declared beside it.
     */
    OfdXml(String own, String root) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        if (own == null) {
            start(root);
        } else {
            startOwn(root);
            attribute("xmlns", own);
        }
        attribute("xmlns:" + PREFIX, NAMESPACE);
    }

    /** Opens an element in the OFD namespace. */
    OfdXml start(String name) {
        return open(PREFIX + ":" + name);
    }

    /** Opens an element of the file's own vocabulary (a custom tag file's), in its default namespace. */
    OfdXml startOwn(String name) {
        return open(name);
    }

    private OfdXml open(String qualified) {
        closeStartTag();
        out.append('<').append(qualified);
        open.push(qualified);
        inStartTag = true;
        return this;
    }

    OfdXml attribute(String name, String value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    OfdXml attribute(String name, long value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    OfdXml text(String text) {
        closeStartTag();
        escape(text, false);
        return this;
    }

    OfdXml end() {
        String name = open.pop();
        if (inStartTag) {
            out.append("/>");
            inStartTag = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** An element holding only text. */
    OfdXml element(String name, String text) {
        return start(name).text(text).end();
    }

    /** Closes every open element and gives the file's bytes. */
    byte[] finish() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void closeStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    /** Appends {@code text} escaped; a character XML 1.0 cannot hold is a fault, never written. */
    private void escape(String text, boolean attribute) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c < 0xD800) {
                continue;
            }
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\r' -> "&#13;";
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c) && !paired(text, i)) {
                        throw new IllegalStateException(String.format("U+%04X cannot be written in XML", (int) c));
                    }
                    yield null;
                }
            };
            if (replacement != null) {
                out.append(text, from, i).append(replacement);
                from = i + 1;
            } else if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        out.append(text, from, text.length());
    }

    private static boolean paired(String text, int at) {
        return Character.isHighSurrogate(text.charAt(at)) && at + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(at + 1));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
