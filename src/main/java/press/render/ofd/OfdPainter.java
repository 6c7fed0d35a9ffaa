package press.render.ofd;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import press.fonts.FontLibrary;
import press.fonts.Shaping;
import press.render.Cancellation;
import press.render.DocumentDate;
import press.render.page.Page;
import press.render.page.PagedDocument;

/**
 * Paints one paged document into an OFD package: numbers its resources and pages, writes each
 * page's content, then the structure, the resources and the files that describe the document,
 * and zips them in a fixed order. The document's identifier is a hash of what it prints, its
 * dates come from its data: the same document gives the same bytes. Made for one call.
 */
final class OfdPainter {

    private final FontLibrary library;
    private final PagedDocument document;
    private final boolean archival;
    private final String kind;
    private final String variant;

    OfdPainter(FontLibrary library, PagedDocument document, boolean archival, String kind, String variant) {
        this.library = library;
        this.document = document;
        this.archival = archival;
        this.kind = kind;
        this.variant = variant;
    }

    byte[] paint() {
        OfdIds ids = new OfdIds();
        long colourSpace = ids.next();
        OfdFonts fonts = new OfdFonts(library, document, ids);
        OfdImages images = new OfdImages(document, ids);
        List<Page> pages = document.pages();
        long[] pageIds = new long[pages.size()];
        for (int p = 0; p < pageIds.length; p++) {
            pageIds[p] = ids.next();
        }
        OfdTags tags = new OfdTags(document.structure());
        OfdPageContent content = new OfdPageContent(ids, new OfdText(fonts, new Shaping(library), ids), new OfdPaths(ids),
                images, tags);
        Page first = pages.get(0);
        List<byte[]> written = new ArrayList<>(pages.size());
        for (Page page : pages) {
            Cancellation.check();
            boolean ownArea = page.width() != first.width() || page.height() != first.height();
            written.add(content.write(page, pageIds[written.size()], ownArea));
        }
        LocalDateTime date = LocalDateTime.ofInstant(DocumentDate.of(document.metadata()), ZoneOffset.UTC);
        OfdDocumentFiles files = new OfdDocumentFiles(archival);
        byte[] documentXml = files.document(ids.max(), first, colourSpace, !images.pictures().isEmpty(), pageIds,
                document.outline(), pages);
        OfdPackage zip = new OfdPackage(date);
        zip.add("OFD.xml", files.entry(identifier(written), document.metadata(), date.toLocalDate(), kind, variant));
        zip.add("Doc_0/Document.xml", documentXml);
        zip.add("Doc_0/PublicRes.xml", OfdDocumentFiles.publicResources(colourSpace, fonts));
        if (!images.pictures().isEmpty()) {
            zip.add("Doc_0/DocumentRes.xml", OfdDocumentFiles.documentResources(images.pictures()));
        }
        zip.add("Doc_0/CustomTags.xml", OfdTags.index());
        zip.add("Doc_0/" + OfdTags.FILE, tags.file(pages, pageIds));
        for (int p = 0; p < written.size(); p++) {
            zip.add("Doc_0/Pages/Page_" + p + "/Content.xml", written.get(p));
        }
        for (OfdFonts.EmbeddedFile font : fonts.files()) {
            if (font.zlib() == null) {
                zip.add("Doc_0/Res/" + font.name(), font.bytes());
            } else {
                zip.addDeflated("Doc_0/Res/" + font.name(), font.bytes(), font.zlib());
            }
        }
        images.pictures().forEach(picture -> zip.add("Doc_0/Res/" + picture.file(), picture.bytes()));
        return zip.zip();
    }

    /** The document's identifier: 32 hex digits of the SHA-256 of its title, kind, variant and pages. */
    private String identifier(List<byte[]> pages) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((document.metadata().title() + "\n" + kind + "\n" + variant).getBytes(StandardCharsets.UTF_8));
            pages.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
