package press.render.ofd;

import java.util.ArrayList;
import java.util.List;
import press.render.page.Page;
import press.render.page.StructureElement;
import press.render.page.Tag;

/**
 * The document's structure as OFD custom tags (GB/T 33190 §20): a tag file of our own
 * vocabulary in which each heading, paragraph, table, row, cell and figure — the closing
 * block's rows among them — lists the page objects that print it by {@code ObjectRef PageRef},
 * in reading order, nested as the PDF's structure tree is. OFD has no page labels, so the
 * printed page numbers are recorded here too, one per page (empty where none is printed).
 * Artifacts (page numbers, rules, a repeated table head) are in no element.
 */
final class OfdTags {

    /** The tag file's namespace. */
    static final String NAMESPACE = "urn:x-bulletin-press:ofd:structure:1";
    /** The tag file, relative to the custom tags index. */
    static final String FILE = "Tags/Structure.xml";

    private record Placed(long page, long object) {
    }

    private final List<StructureElement> structure;
    private final List<List<Placed>> placed;

    OfdTags(List<StructureElement> structure) {
        this.structure = structure;
        this.placed = new ArrayList<>(structure.size());
        for (int i = 0; i < structure.size(); i++) {
            placed.add(new ArrayList<>(2));
        }
    }

    /** Notes that object {@code object} on page {@code page} was written for an item tagged {@code tag}. */
    void placed(Tag tag, long page, long object) {
        if (tag instanceof Tag.Content content) {
            placed.get(content.element()).add(new Placed(page, object));
        }
    }

    /** {@code CustomTags.xml}: the one tag file and its namespace. */
    static byte[] index() {
        OfdXml xml = new OfdXml("CustomTags");
        xml.start("CustomTag").attribute("NameSpace", NAMESPACE).element("FileLoc", FILE).end();
        return xml.finish();
    }

    /** The tag file, once every page has been written. */
    byte[] file(List<Page> pages, long[] pageIds) {
        OfdXml xml = new OfdXml(NAMESPACE, "Document");
        xml.startOwn("PageLabels");
        for (int p = 0; p < pages.size(); p++) {
            xml.startOwn("PageLabel").attribute("PageRef", pageIds[p]).attribute("Label", pages.get(p).label()).end();
        }
        xml.end();
        List<List<Integer>> children = new ArrayList<>(structure.size() + 1);
        for (int i = 0; i <= structure.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < structure.size(); i++) {
            children.get(structure.get(i).parent() + 1).add(i);
        }
        for (int child : children.get(0)) {
            element(xml, child, children);
        }
        return xml.finish();
    }

    private void element(OfdXml xml, int index, List<List<Integer>> children) {
        StructureElement element = structure.get(index);
        xml.startOwn(switch (element.type()) {
            case PARAGRAPH -> "P";
            case HEADING -> "H" + element.level();
            case TABLE -> "Table";
            case TABLE_ROW -> "TR";
            case HEADER_CELL -> "TH";
            case DATA_CELL -> "TD";
            case FIGURE -> "Figure";
        });
        if (!element.role().isEmpty()) {
            xml.attribute("Role", element.role());
        }
        if (!element.alternative().isEmpty()) {
            xml.attribute("Alt", element.alternative());
        }
        if (element.rowSpan() > 1) {
            xml.attribute("RowSpan", element.rowSpan());
        }
        if (element.colSpan() > 1) {
            xml.attribute("ColSpan", element.colSpan());
        }
        for (Placed object : placed.get(index)) {
            xml.start("ObjectRef").attribute("PageRef", object.page()).text(Long.toString(object.object())).end();
        }
        for (int child : children.get(index + 1)) {
            element(xml, child, children);
        }
        xml.end();
    }
}
