package press.render.ofd;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import press.model.Metadata;
import press.render.page.OutlineEntry;
import press.render.page.Page;

/**
 * The package's description of itself: {@code OFD.xml} (the entry: its type, the document's
 * information), {@code Document.xml} (common data, the pages, the outline, the custom tags) and
 * the two resource files — fonts and the colour space public, pictures the document's own
 * (GB/T 42133 6.2.6 a).
 */
final class OfdDocumentFiles {

    private final boolean archival;

    OfdDocumentFiles(boolean archival) {
        this.archival = archival;
    }

    /**
     * {@code OFD.xml}. An OFD-A package says so in its DocType (GB/T 42133 6.2.1 a); its
     * information names the kind, variant, region, period and issue date as custom data.
     */
    byte[] entry(String docId, Metadata metadata, LocalDate created, String kind, String variant) {
        OfdXml xml = new OfdXml("OFD");
        xml.attribute("Version", "1.0").attribute("DocType", archival ? "OFD-A" : "OFD");
        xml.start("DocBody").start("DocInfo");
        xml.element("DocID", docId).element("Title", metadata.title());
        if (!metadata.issuer().isEmpty()) {
            xml.element("Author", metadata.issuer());
        }
        String subject = (metadata.region() + " " + metadata.period()).strip();
        if (!subject.isEmpty()) {
            xml.element("Subject", subject);
        }
        xml.element("CreationDate", created.toString());
        xml.element("Creator", "Bulletin Press");
        xml.start("CustomDatas");
        custom(xml, "kind", kind);
        custom(xml, "variant", variant);
        custom(xml, "region", metadata.region());
        custom(xml, "period", metadata.period());
        custom(xml, "issued", metadata.issued());
        xml.end();
        xml.end().element("DocRoot", "Doc_0/Document.xml").end();
        return xml.finish();
    }

    private static void custom(OfdXml xml, String name, String value) {
        if (!value.isEmpty()) {
            xml.start("CustomData").attribute("Name", name).text(value).end();
        }
    }

    /** {@code Doc_0/Document.xml}, once every identifier has been given. */
    byte[] document(long maxUnitId, Page first, long colourSpace, boolean pictures, long[] pageIds,
                    List<OutlineEntry> outline, List<Page> pages) {
        OfdXml xml = new OfdXml("Document");
        xml.start("CommonData").element("MaxUnitID", Long.toString(maxUnitId));
        xml.start("PageArea").element("PhysicalBox", box(first)).end();
        xml.element("PublicRes", "PublicRes.xml");
        if (pictures) {
            xml.element("DocumentRes", "DocumentRes.xml");
        }
        xml.element("DefaultCS", Long.toString(colourSpace)).end();
        xml.start("Pages");
        for (int p = 0; p < pageIds.length; p++) {
            xml.start("Page").attribute("ID", pageIds[p]).attribute("BaseLoc", "Pages/Page_" + p + "/Content.xml").end();
        }
        xml.end();
        if (!outline.isEmpty()) {
            outlines(xml, outline, pages, pageIds);
        }
        if (!archival) {
            // a reader opens with the outline shown and the title on its tab, as the PDF asks; OFD-A keeps no preferences (6.2.2 b)
            xml.start("VPreferences").element("PageMode", "UseOutlines").element("TabDisplay", "DocTitle").end();
        }
        xml.element("CustomTags", "CustomTags.xml");
        return xml.finish();
    }

    static String box(Page page) {
        return OfdNumbers.list(0, 0, OfdNumbers.mm(page.width()), OfdNumbers.mm(page.height()));
    }

    /** Each entry nested under the nearest one above it of a lower level, going to its place on its page. */
    private static void outlines(OfdXml xml, List<OutlineEntry> entries, List<Page> pages, long[] pageIds) {
        xml.start("Outlines");
        Deque<Integer> open = new ArrayDeque<>();
        for (OutlineEntry entry : entries) {
            while (!open.isEmpty() && open.peek() >= entry.level()) {
                xml.end();
                open.pop();
            }
            xml.start("OutlineElem").attribute("Title", entry.title());
            if (entry.level() >= 2) {
                xml.attribute("Expanded", "false");
            }
            xml.start("Actions").start("Action").attribute("Event", "CLICK").start("Goto").start("Dest")
                    .attribute("Type", "XYZ").attribute("PageID", pageIds[entry.page()]).attribute("Left", "0")
                    .attribute("Top", OfdNumbers.format(OfdNumbers.mm(entry.y()))).end().end().end().end();
            open.push(entry.level());
        }
        while (!open.isEmpty()) {
            xml.end();
            open.pop();
        }
        xml.end();
    }

    /** {@code Doc_0/PublicRes.xml}: the RGB colour space and the fonts, each with its embedded file. */
    static byte[] publicResources(long colourSpace, OfdFonts fonts) {
        OfdXml xml = new OfdXml("Res");
        xml.attribute("BaseLoc", "Res");
        xml.start("ColorSpaces").start("ColorSpace").attribute("ID", colourSpace).attribute("Type", "RGB")
                .attribute("BitsPerComponent", 8).end().end();
        List<OfdFonts.Resource> resources = fonts.resources();
        if (!resources.isEmpty()) {
            xml.start("Fonts");
            for (OfdFonts.Resource font : resources) {
                xml.start("Font").attribute("ID", font.id()).attribute("FontName", font.fontName())
                        .attribute("FamilyName", font.familyName())
                        .element("FontFile", fonts.file(font.source()).name()).end();
            }
            xml.end();
        }
        return xml.finish();
    }

    /** {@code Doc_0/DocumentRes.xml}: the pictures. */
    static byte[] documentResources(List<OfdImages.Picture> pictures) {
        OfdXml xml = new OfdXml("Res");
        xml.attribute("BaseLoc", "Res").start("MultiMedias");
        for (OfdImages.Picture picture : pictures) {
            xml.start("MultiMedia").attribute("ID", picture.id()).attribute("Type", "Image")
                    .attribute("Format", picture.format()).element("MediaFile", picture.file()).end();
        }
        xml.end();
        return xml.finish();
    }
}
