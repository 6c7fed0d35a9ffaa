package press.render.ofd;

import java.util.List;

import press.render.page.Blend;
import press.render.page.Box;
import press.render.page.Page;
import press.render.page.PageItem;
import press.render.page.PlacedChart;
import press.render.page.PlacedImage;
import press.render.page.Rule;
import press.render.page.Tag;
import press.render.page.TextLine;
import press.render.page.VectorPath;

/**
 * Writes one page's {@code Content.xml}: its own page area where it differs from the
 * document's (a landscape page), a background layer with the seals, then one body layer holding every item in painting order —
 * text, paths, pictures, a chart as the texts and paths it resolves into — each object's
 * identifier told to the structure ({@link OfdTags}) under its item's tag.
 */
final class OfdPageContent {

    private final OfdIds ids;
    private final OfdText text;
    private final OfdPaths paths;
    private final OfdImages images;
    private final OfdTags tags;

    OfdPageContent(OfdIds ids, OfdText text, OfdPaths paths, OfdImages images, OfdTags tags) {
        this.ids = ids;
        this.text = text;
        this.paths = paths;
        this.images = images;
        this.tags = tags;
    }

    byte[] write(Page page, long pageId, boolean ownArea) {
        OfdXml xml = new OfdXml("Page");
        if (ownArea) {
            xml.start("Area").element("PhysicalBox", OfdNumbers.list(0, 0, OfdNumbers.mm(page.width()),
                    OfdNumbers.mm(page.height()))).end();
        }
        xml.start("Content");
        // OFD has no blend modes: a seal that multiplies with the text in the PDF lies under it here,
        // in a background layer, which leaves black text black over its red just as multiplying does
        List<PageItem> under = page.items().stream()
                .filter(item -> item instanceof PlacedImage image && image.blend() == Blend.MULTIPLY).toList();
        if (!under.isEmpty()) {
            xml.start("Layer").attribute("ID", ids.next()).attribute("Type", "Background");
            under.forEach(item -> write(xml, item, pageId));
            xml.end();
        }
        xml.start("Layer").attribute("ID", ids.next()).attribute("Type", "Body");
        for (PageItem item : page.items()) {
            if (!under.contains(item)) {
                write(xml, item, pageId);
            }
        }
        xml.end().end();
        return xml.finish();
    }

    private void write(OfdXml xml, PageItem item, long pageId) {
        Tag tag = item.tag();
        switch (item) {
            case TextLine line -> text.write(xml, line, id -> tags.placed(tag, pageId, id));
            case Rule rule -> tags.placed(tag, pageId, paths.rule(xml, rule));
            case Box box -> tags.placed(tag, pageId, paths.box(xml, box));
            case VectorPath path -> tags.placed(tag, pageId, paths.path(xml, path));
            case PlacedImage image -> tags.placed(tag, pageId, image(xml, image));
            case PlacedChart chart -> chart.drawing().forEach(drawn -> write(xml, drawn, pageId));
        }
    }

    /** A picture: the unit square of its image stretched over its rectangle by the CTM. */
    private long image(OfdXml xml, PlacedImage image) {
        long id = ids.next();
        double width = OfdNumbers.mm(image.width());
        double height = OfdNumbers.mm(image.height());
        xml.start("ImageObject").attribute("ID", id)
                .attribute("Boundary", OfdNumbers.list(OfdNumbers.mm(image.x()), OfdNumbers.mm(image.y()), width, height))
                .attribute("CTM", OfdNumbers.list(width, 0, 0, height, 0, 0))
                .attribute("ResourceID", images.picture(image).id()).end();
        return id;
    }
}
