package press.render.ofd;

import java.util.List;
import org.w3c.dom.Element;

/**
 * What GB/T 33190 §11 asks of a TextObject beyond its content model: its last element is a
 * TextCode (a CGTransform maps the codes of the TextCode after it); a TextCode's DeltaX and
 * DeltaY give at most one value fewer than the glyphs it draws; a CGTransform's codes lie
 * within its TextCode and its glyph count matches its Glyphs.
 */
final class OfdTextRules {

    private OfdTextRules() {
    }

    static void check(Element object, String where, List<String> findings) {
        List<Element> parts = OfdFile.elements(object);
        if (parts.isEmpty() || !parts.get(parts.size() - 1).getLocalName().equals("TextCode")) {
            findings.add(where + " does not end with a TextCode");
            return;
        }
        Element transform = null;
        for (Element part : parts) {
            switch (part.getLocalName()) {
                case "CGTransform" -> transform = part;
                case "TextCode" -> {
                    code(part, transform, where, findings);
                    transform = null;
                }
                default -> {
                }
            }
        }
    }

    private static void code(Element code, Element transform, String where, List<String> findings) {
        String text = code.getTextContent();
        int characters = text.codePointCount(0, text.length());
        int glyphs = characters;
        if (transform != null) {
            int position = Integer.parseInt(transform.getAttribute("CodePosition"));
            int count = transform.hasAttribute("CodeCount") ? Integer.parseInt(transform.getAttribute("CodeCount")) : 1;
            glyphs = transform.hasAttribute("GlyphCount") ? Integer.parseInt(transform.getAttribute("GlyphCount")) : 1;
            double[] listed = OfdValues.numbers(OfdFile.text(OfdFile.first(transform, "Glyphs")), 0, Integer.MAX_VALUE, false);
            if (position < 0 || position + count > characters) {
                findings.add(where + ": a CGTransform maps codes " + position + "+" + count + " of " + characters);
            }
            if (listed == null || listed.length != glyphs) {
                findings.add(where + ": a CGTransform says " + glyphs + " glyphs and lists "
                        + (listed == null ? "none readable" : listed.length));
            }
        }
        if (characters == 0) {
            findings.add(where + " has an empty TextCode");
        }
        for (String axis : new String[] {"DeltaX", "DeltaY"}) {
            if (code.hasAttribute(axis)) {
                double[] deltas = OfdValues.numbers(code.getAttribute(axis), 1, Integer.MAX_VALUE, true);
                int count = deltas == null ? 0 : expanded(code.getAttribute(axis));
                if (count > glyphs - 1) {
                    findings.add(where + ": " + axis + " gives " + count + " values for " + glyphs + " glyphs");
                }
            }
        }
    }

    /** The number of values of a delta array, its repetitions spelled out. */
    private static int expanded(String value) {
        String[] tokens = value.strip().split(" +");
        int count = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("g")) {
                count += Integer.parseInt(tokens[i + 1]);
                i += 2;
            } else {
                count++;
            }
        }
        return count;
    }
}
