package press.render.ofd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rules an OFD-A package keeps for long-term preservation (GB/T 42133-2022), as a list:
 * each says what it asks and finds what breaks it. Written from the standard's requirements
 * as the issue sums them up — the package declares itself, holds one document, embeds every
 * font it prints with as a subset, reaches nothing outside itself, uses only the colour
 * spaces and picture formats the standard allows, acts only by going to a place in the
 * document, and describes itself.
 */
final class OfdArchivalRules {

    /** One rule: what it asks, and what in a package breaks it. */
    record Rule(String asks, Function<OfdFile, List<String>> breaches) {
    }

    private static final Set<String> COLOUR_SPACES = Set.of("GRAY", "RGB", "CMYK");
    /** Picture formats for preservation: PNG and JPEG (and the baseline TIFF, which we do not write). */
    private static final Set<String> PICTURES = Set.of("PNG", "JPEG", "JPG", "TIFF", "TIF");

    static final List<Rule> RULES = List.of(
            new Rule("DocType is OFD-A", file -> list(!root(file).getAttribute("DocType").equals("OFD-A"),
                    "DocType is " + root(file).getAttribute("DocType"))),
            new Rule("the package holds one document", file -> list(OfdFile.children(root(file), "DocBody").size() != 1,
                    OfdFile.children(root(file), "DocBody").size() + " documents")),
            new Rule("the document describes itself: identifier, title, author, creation date", file -> {
                Element info = OfdFile.first(OfdFile.first(root(file), "DocBody"), "DocInfo");
                List<String> missing = new ArrayList<>();
                for (String field : new String[] {"DocID", "Title", "Author", "CreationDate"}) {
                    if (OfdFile.text(OfdFile.first(info, field)).isEmpty()) {
                        missing.add("no " + field);
                    }
                }
                return missing;
            }),
            new Rule("every font printed with is embedded", OfdArchivalRules::unembeddedFonts),
            new Rule("an embedded font is a subset: no more glyphs than the characters it prints, and .notdef",
                    OfdFontCheck::unsubsetted),
            new Rule("nothing outside the package: every location inside it, no URL, no attachments",
                    OfdArchivalRules::outside),
            new Rule("colour spaces are GRAY, RGB or CMYK", file -> everywhere(file, "ColorSpace", element ->
                    list(!COLOUR_SPACES.contains(element.getAttribute("Type")), "colour space " + element.getAttribute("Type")))),
            new Rule("multimedia are pictures in a preservation format", file -> everywhere(file, "MultiMedia", element ->
                    list(!element.getAttribute("Type").equals("Image")
                            || !PICTURES.contains(element.getAttribute("Format").toUpperCase(java.util.Locale.ROOT)),
                            element.getAttribute("Type") + " " + element.getAttribute("Format")))),
            new Rule("a picture's bytes are what its format says", OfdArchivalRules::pictureBytes),
            new Rule("no action but Goto", file -> everywhere(file, "Action", element -> {
                List<String> kinds = OfdFile.elements(element).stream().map(Element::getLocalName)
                        .filter(name -> !name.equals("Region")).toList();
                return list(!kinds.equals(List.of("Goto")), "an action " + kinds);
            })));

    private OfdArchivalRules() {
    }

    /** Every breach of every rule, each prefixed with the rule it breaks. */
    static List<String> breaches(OfdFile file) {
        List<String> all = new ArrayList<>();
        for (Rule rule : RULES) {
            rule.breaches().apply(file).forEach(breach -> all.add(rule.asks() + ": " + breach));
        }
        return all;
    }

    private static Element root(OfdFile file) {
        return file.xml("OFD.xml").getDocumentElement();
    }

    private static List<String> list(boolean breached, String what) {
        return breached ? List.of(what) : List.of();
    }

    /** Every part the package's XML parts hold, and what {@code check} finds in each element named {@code name}. */
    static List<String> everywhere(OfdFile file, String name, Function<Element, List<String>> check) {
        List<String> found = new ArrayList<>();
        for (String part : file.names()) {
            if (!part.endsWith(".xml")) {
                continue;
            }
            NodeList elements = file.xml(part).getElementsByTagNameNS(OfdFile.OFD, name);
            for (int i = 0; i < elements.getLength(); i++) {
                check.apply((Element) elements.item(i)).forEach(what -> found.add(part + ": " + what));
            }
        }
        return found;
    }

    private static List<String> unembeddedFonts(OfdFile file) {
        Map<Long, OfdFile.FontRef> fonts = file.fonts();
        Set<Long> used = new HashSet<>();
        everywhere(file, "TextObject", element -> {
            used.add(Long.parseLong(element.getAttribute("Font")));
            return List.of();
        });
        List<String> found = new ArrayList<>();
        for (long id : used) {
            OfdFile.FontRef font = fonts.get(id);
            if (font == null || font.bytes() == null || font.bytes().length == 0) {
                found.add("font " + id + (font == null ? " is not declared" : " (" + font.fontName() + ") has no file"));
            }
        }
        return found;
    }

    private static List<String> outside(OfdFile file) {
        List<String> found = new ArrayList<>();
        for (String part : file.names()) {
            if (part.endsWith(".xml")) {
                String xml = new String(file.bytes(part), java.nio.charset.StandardCharsets.UTF_8);
                for (String scheme : new String[] {"http://", "https://", "file:", "ftp://"}) {
                    if (xml.replace(OfdFile.OFD, "").contains(scheme)) {
                        found.add(part + " names a location " + scheme + "…");
                    }
                }
            }
        }
        found.addAll(everywhere(file, "Attachments", element -> List.of("attachments")));
        found.addAll(everywhere(file, "URI", element -> List.of("a URI action")));
        return found;
    }

    private static List<String> pictureBytes(OfdFile file) {
        List<String> found = new ArrayList<>();
        Map<String, byte[]> magic = new HashMap<>();
        magic.put("PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        magic.put("JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        magic.put("JPG", magic.get("JPEG"));
        for (OfdFile.MediaRef media : file.media().values()) {
            byte[] expected = magic.get(media.format().toUpperCase(java.util.Locale.ROOT));
            if (expected == null || !java.util.Arrays.equals(java.util.Arrays.copyOf(media.bytes(), expected.length), expected)) {
                found.add(media.file() + " is not the " + media.format() + " it says");
            }
        }
        return found;
    }
}
