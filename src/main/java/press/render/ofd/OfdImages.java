package press.render.ofd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.render.page.Page;
import press.render.page.PageItem;
import press.render.page.PagedDocument;
import press.render.page.PlacedImage;

/**
 * One document's pictures (the seal, figures) as multimedia resources of the document, each
 * distinct picture once, as the PNG or JPEG bytes the page model holds: both formats OFD-A
 * allows, so nothing is decoded or written again.
 */
final class OfdImages {

    /** One picture: its identifier, its file under {@code Res/}, its format name and bytes. */
    record Picture(long id, String file, String format, byte[] bytes) {
    }

    private record Content(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Content content && Arrays.equals(bytes, content.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    private final Map<Content, Picture> pictures = new HashMap<>();
    private final List<Picture> ordered = new ArrayList<>();

    OfdImages(PagedDocument document, OfdIds ids) {
        for (Page page : document.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PlacedImage image) {
                    byte[] bytes = image.data();
                    pictures.computeIfAbsent(new Content(bytes), content -> {
                        String format = image.png() ? "PNG" : "JPEG";
                        Picture picture = new Picture(ids.next(), "image_" + (ordered.size() + 1)
                                + (image.png() ? ".png" : ".jpg"), format, bytes);
                        ordered.add(picture);
                        return picture;
                    });
                }
            }
        }
    }

    Picture picture(PlacedImage image) {
        return pictures.get(new Content(image.data()));
    }

    List<Picture> pictures() {
        return List.copyOf(ordered);
    }
}
