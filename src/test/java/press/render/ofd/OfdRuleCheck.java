package press.render.ofd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks every element and attribute of an OFD package against {@link Gbt33190}: each part
 * the entry file reaches (the document, its resources, its pages, its custom tags), each
 * element known where it stands and in the OFD namespace, its attributes known and of their
 * type, the required ones there, its children in the standard's order and bounds; then
 * across the package: identifiers unique and at most MaxUnitID, every reference resolving
 * to an identifier of its kind, every location to an entry, every object a custom tag names
 * on the page it names. Gives what it found wrong, one sentence each.
 */
final class OfdRuleCheck {

    private record Reference(String kind, long id, String where) {
    }

    private final OfdFile file;
    private final List<String> findings = new ArrayList<>();
    private final Map<Long, String> ids = new HashMap<>();
    private final Map<Long, Long> objectPages = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<long[]> objectRefs = new ArrayList<>();
    private String part;
    private String resourceBase;
    private long page;

    private OfdRuleCheck(OfdFile file) {
        this.file = file;
    }

    static List<String> of(OfdFile file) {
        return new OfdRuleCheck(file).check();
    }

    private List<String> check() {
        walk("OFD.xml", "OFD");
        String document = file.documentPart();
        walk(document, "Document");
        for (String resources : file.resourceParts()) {
            Element root = file.xml(resources).getDocumentElement();
            resourceBase = OfdFile.resolve(resources, root.getAttribute("BaseLoc") + "/x");
            walk(resources, "Res");
        }
        for (OfdFile.PageRef ref : file.pages()) {
            page = ref.id();
            walk(ref.content(), "Page");
        }
        page = 0;
        Element tags = OfdFile.first(file.xml(document).getDocumentElement(), "CustomTags");
        if (tags != null) {
            String index = OfdFile.resolve(document, OfdFile.text(tags));
            walk(index, "CustomTags");
            for (Element tag : OfdFile.children(file.xml(index).getDocumentElement(), "CustomTag")) {
                String tagFile = OfdFile.resolve(index, OfdFile.text(OfdFile.first(tag, "FileLoc")));
                part = tagFile;
                ownVocabulary(file.xml(tagFile).getDocumentElement(), tag.getAttribute("NameSpace"));
            }
        }
        long max = Long.parseLong(OfdFile.text(OfdFile.first(OfdFile.first(file.xml(document).getDocumentElement(),
                "CommonData"), "MaxUnitID")));
        ids.keySet().stream().filter(id -> id > max).forEach(id -> findings.add("ID " + id + " is above MaxUnitID " + max));
        for (Reference reference : references) {
            String kind = ids.get(reference.id());
            if (kind == null || (!reference.kind().isEmpty() && !reference.kind().equals(kind))) {
                findings.add(reference.where() + " refers to " + reference.id() + ", which is " + (kind == null
                        ? "no identifier" : "a " + kind + ", not a " + reference.kind()));
            }
        }
        for (long[] ref : objectRefs) {
            if (!Long.valueOf(ref[0]).equals(objectPages.get(ref[1]))) {
                findings.add("a custom tag names object " + ref[1] + " on page " + ref[0] + ", which it is not on");
            }
        }
        return findings;
    }

    private void walk(String part, String root) {
        this.part = part;
        Element element = file.xml(part).getDocumentElement();
        if (!element.getLocalName().equals(root)) {
            findings.add(part + ": the root is " + element.getLocalName() + ", not " + root);
        }
        element(element, "");
    }

    /** A custom tag file: its own vocabulary, but any OFD element in it is an ObjectRef. */
    private void ownVocabulary(Element element, String namespace) {
        if (OfdFile.OFD.equals(element.getNamespaceURI())) {
            element(element, "");
            return;
        }
        if (!namespace.equals(element.getNamespaceURI())) {
            findings.add(part + ": " + element.getTagName() + " is in neither its tag namespace nor OFD's");
        }
        OfdFile.elements(element).forEach(child -> ownVocabulary(child, namespace));
    }

    private void element(Element element, String parent) {
        String name = element.getLocalName();
        String where = part + ": " + (parent.isEmpty() ? "" : parent + "/") + name;
        if (!OfdFile.OFD.equals(element.getNamespaceURI())) {
            findings.add(where + " is not in the OFD namespace");
            return;
        }
        Gbt33190.Rule rule = Gbt33190.of(parent, name);
        if (rule == null) {
            findings.add(where + " is no element of the standard there");
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                continue;
            }
            String type = rule.attributes().get(attribute.getName());
            if (type == null || attribute.getNamespaceURI() != null) {
                findings.add(where + " has an attribute the standard does not give it: " + attribute.getName());
            } else {
                value(type, attribute.getValue(), where + "@" + attribute.getName(), name);
            }
        }
        for (String required : rule.required()) {
            if (!element.hasAttribute(required)) {
                findings.add(where + " lacks its required attribute " + required);
            }
        }
        if (name.equals("ObjectRef") && objectRef(element.getTextContent().strip())
                && element.getAttribute("PageRef").matches("[1-9]\\d{0,17}")) {
            objectRefs.add(new long[] {Long.parseLong(element.getAttribute("PageRef")),
                    Long.parseLong(element.getTextContent().strip())});
        }
        List<Element> children = OfdFile.elements(element);
        if (rule.text() != null) {
            if (!children.isEmpty()) {
                findings.add(where + " holds elements where the standard gives it text");
            }
            value(rule.text(), element.getTextContent(), where, name);
            return;
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                findings.add(where + " holds text where the standard gives it elements");
            }
        }
        sequence(children, rule.children(), where);
        if (name.equals("TextObject")) {
            OfdTextRules.check(element, where, findings);
        }
        if (Set.of("TextObject", "PathObject", "ImageObject").contains(name) && page != 0) {
            objectPages.put(Long.parseLong(element.getAttribute("ID")), page);
        }
        for (Element child : children) {
            element(child, name);
        }
    }

    private void sequence(List<Element> children, List<Gbt33190.Step> steps, String where) {
        int at = 0;
        for (Gbt33190.Step step : steps) {
            int count = 0;
            while (at < children.size() && count < step.max() && step.names().contains(children.get(at).getLocalName())) {
                at++;
                count++;
            }
            if (count < step.min()) {
                findings.add(where + " needs " + step.names() + " at least " + step.min() + " times in its place, has " + count);
            }
        }
        if (at < children.size()) {
            findings.add(where + " holds " + children.get(at).getLocalName() + " (child " + (at + 1)
                    + ") where the standard's order allows no such element");
        }
    }

    private void value(String type, String raw, String where, String element) {
        String value = raw.strip();
        boolean fine = switch (type.contains(":") ? type.substring(0, type.indexOf(':')) : type) {
            case "string" -> true;
            case "nonempty" -> !value.isEmpty();
            case "boolean" -> value.equals("true") || value.equals("false");
            case "double" -> OfdValues.numbers(value, 1, 1, false) != null;
            case "positive" -> OfdValues.numbers(value, 1, 1, false) != null && Double.parseDouble(value) > 0;
            case "int" -> value.matches("-?\\d+");
            case "alpha" -> value.matches("\\d{1,3}") && Integer.parseInt(value) <= 255;
            case "enum" -> List.of(type.substring(5).split(" ")).contains(value);
            case "box" -> OfdValues.box(value);
            case "matrix" -> OfdValues.numbers(value, 6, 6, false) != null;
            case "array" -> OfdValues.numbers(value, 1, Integer.MAX_VALUE, false) != null;
            case "colour" -> OfdValues.colour(value);
            case "deltas" -> OfdValues.numbers(value, 1, Integer.MAX_VALUE, true) != null;
            case "date" -> OfdValues.date(value);
            case "docid" -> value.matches("[0-9A-Za-z]{32}");
            case "pathdata" -> OfdValues.pathData(value);
            case "count" -> value.matches("[1-9]\\d{0,17}");
            case "loc" -> file.has(OfdFile.resolve(part, value));
            case "folder" -> file.names().stream().anyMatch(entry -> entry.startsWith(OfdFile.resolve(part, value) + "/"));
            case "resloc" -> resourceBase != null && file.has(OfdFile.resolve(resourceBase, value));
            case "id" -> identifier(value, type.contains(":") ? type.substring(3) : kind(element), where);
            case "ref" -> reference(value, type.contains(":") ? type.substring(4) : "", where);
            case "objectref" -> objectRef(value);
            default -> throw new IllegalArgumentException("no such type " + type);
        };
        if (!fine) {
            findings.add(where + " = '" + raw + "' is not a valid " + type);
        }
    }

    private static String kind(String element) {
        return element.endsWith("Object") ? "object" : element.toLowerCase(java.util.Locale.ROOT);
    }

    private boolean identifier(String value, String kind, String where) {
        if (!value.matches("[1-9]\\d{0,17}")) {
            return false;
        }
        if (ids.put(Long.parseLong(value), kind) != null) {
            findings.add(where + ": identifier " + value + " is given twice");
        }
        return true;
    }

    private boolean reference(String value, String kind, String where) {
        if (!value.matches("[1-9]\\d{0,17}")) {
            return false;
        }
        references.add(new Reference(kind, Long.parseLong(value), where));
        return true;
    }

    private static boolean objectRef(String value) {
        return value.matches("[1-9]\\d{0,17}");
    }
}
