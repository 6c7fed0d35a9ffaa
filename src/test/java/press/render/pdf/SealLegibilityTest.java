package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.render.pdf.OfficialDocuments.pageOf;
import static press.render.pdf.OfficialDocuments.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import press.testing.PdfGeometry;
import press.testing.PdfGeometry.Glyph;

/**
 * A seal pressed over the 署名 and date leaves every character under it readable: rasterised by
 * PDFBox (a reader we did not write), each glyph's box still holds black ink where the seal's
 * red lies over it, as multiplied ink does, and the seal is drawn in the Multiply blend mode (a
 * seal painted over the text in the normal mode would turn the characters under its red red).
 */
class SealLegibilityTest {

    private static final float DPI = 150;

    @Test
    void everyCharacterUnderTheSealsKeepsItsBlackInk() throws IOException {
        byte[] bytes = OfficialDocuments.pdf("wenjian", OfficialDocuments.example("wenjian"));
        PdfGeometry geometry = new PdfGeometry(bytes);
        int page = pageOf(geometry, "2026年11月20日");
        List<Glyph> glyphs = new ArrayList<>(run(geometry, page, "云岭市人民政府"));
        glyphs.addAll(run(geometry, page, "云岭市中级人民法院"));
        glyphs.addAll(run(geometry, page, "2026年11月20日"));
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            image = new PDFRenderer(document).renderImageWithDPI(page - 1, DPI);
            PDResources resources = document.getPage(page - 1).getResources();
            boolean multiplies = false;
            for (COSName name : resources.getExtGStateNames()) {
                multiplies |= resources.getExtGState(name).getBlendMode() == BlendMode.MULTIPLY;
            }
            assertTrue(multiplies, "the seals are drawn in the Multiply blend mode");
        }
        int underRed = 0;
        for (Glyph glyph : glyphs) {
            int[] counts = inkAndRed(image, glyph);
            assertTrue(counts[0] > 0, "'" + glyph.text() + "' keeps black ink under the seal");
            underRed += counts[1] > 0 ? 1 : 0;
        }
        assertTrue(underRed >= 3, "the seals do lie over the text (" + underRed + " characters)");
    }

    /** Near-black and seal-red pixels inside the glyph's ink box. */
    private static int[] inkAndRed(BufferedImage image, Glyph glyph) {
        int[] counts = new int[2];
        int left = pixel(glyph.inkLeft());
        int right = pixel(glyph.inkRight());
        int top = pixel(glyph.inkTop());
        int bottom = pixel(glyph.inkBottom());
        for (int y = Math.max(0, top); y <= Math.min(image.getHeight() - 1, bottom); y++) {
            for (int x = Math.max(0, left); x <= Math.min(image.getWidth() - 1, right); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                counts[0] += r < 90 && g < 90 && b < 90 ? 1 : 0;
                counts[1] += r > 180 && g < 90 && b < 90 ? 1 : 0;
            }
        }
        return counts;
    }

    private static int pixel(float millimetres) {
        return Math.round(millimetres / 25.4f * DPI);
    }
}
