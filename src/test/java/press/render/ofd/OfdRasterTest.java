package press.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import press.testing.FixtureVariant;

/**
 * Every page of every fixture's OFD, drawn by our test reader on the JDK's 2D graphics
 * ({@link OfdRaster}), looks like the same page of its PDF drawn by poppler's pdftoppm: the
 * two share only the page model, so a painter's mistake — a glyph, rule, fill or picture out of
 * place or missing — shows. Both are drawn at 100 dpi in grey and cut at half grey into ink
 * and paper (ink where an eighth of a pixel is covered); a pixel of ink with no ink of the
 * other image within one pixel (the two rasterisers round glyph edges differently) is a miss.
 * A page passes with at most 1.5 % of its ink pixels missed, 0.1 % of all its pixels, and 48 in
 * any 16-pixel square (about a character: a glyph missing or out of place leaves a hundred or
 * more there, edges a few); its pictures, where two JPEG decoders shade alike but not exactly,
 * at most 6 grey levels apart on average. PNGs of both and of the misses go to
 * {@code target/ofd-raster} to look at.
 */
class OfdRasterTest {

    private static final int DPI = 100;
    private static final double INK_MISS = 0.015;
    private static final double PAGE_MISS = 0.001;
    /** A glyph missing or out of place leaves some hundred missed pixels in its square; edges leave a few. */
    private static final int DENSEST = 48;
    private static final double PICTURE_GREY = 6;
    private static final Path LOOK = Path.of("target", "ofd-raster");

    @TestFactory
    Stream<DynamicTest> everyOfdPageLooksLikeThePdfPageOfTheSameData() {
        return OfdSamples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.toString(), () -> compare(sample)));
    }

    /** Where the page's pictures lie, in pixels. */
    private static List<java.awt.Rectangle> pictures(OfdFile ofd, OfdFile.PageRef page) {
        double scale = DPI / 25.4;
        org.w3c.dom.Element content = OfdFile.first(ofd.xml(page.content()).getDocumentElement(), "Content");
        List<java.awt.Rectangle> pictures = new java.util.ArrayList<>();
        for (org.w3c.dom.Element layer : OfdFile.children(content, "Layer")) {
            for (org.w3c.dom.Element image : OfdFile.children(layer, "ImageObject")) {
                double[] box = OfdFile.box(image.getAttribute("Boundary"));
                pictures.add(new java.awt.Rectangle((int) Math.floor(box[0] * scale), (int) Math.floor(box[1] * scale),
                        (int) Math.ceil(box[2] * scale) + 1, (int) Math.ceil(box[3] * scale) + 1));
            }
        }
        return pictures;
    }

    private static void compare(FixtureVariant sample) throws IOException, InterruptedException {
        OfdFile ofd = new OfdFile(OfdSamples.ofd(sample));
        List<OfdFile.PageRef> pages = ofd.pages();
        Path folder = LOOK.resolve(sample.fixture() + "-" + sample.variant());
        Files.createDirectories(folder);
        Path pdf = folder.resolve("document.pdf");
        Files.write(pdf, OfdSamples.pdf(sample));
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", Integer.toString(DPI), "-gray", "-png", pdf.toString(),
                folder.resolve("pdf").toString()).redirectErrorStream(true).start();
        assertEquals(0, pdftoppm.waitFor(), new String(pdftoppm.getInputStream().readAllBytes()));
        List<Path> pdfPages;
        try (Stream<Path> files = Files.list(folder)) {
            pdfPages = files.filter(f -> f.getFileName().toString().startsWith("pdf-")).sorted().toList();
        }
        assertEquals(pdfPages.size(), pages.size(), "as many pages as the PDF");
        OfdRaster raster = new OfdRaster(ofd);
        for (int p = 0; p < pages.size(); p++) {
            BufferedImage drawn = raster.render(pages.get(p), DPI);
            ImageIO.write(drawn, "png", folder.resolve("ofd-" + (p + 1) + ".png").toFile());
            BufferedImage printed = ImageIO.read(pdfPages.get(p).toFile());
            RasterDifference difference = RasterDifference.of(drawn, printed, pictures(ofd, pages.get(p)));
            ImageIO.write(difference.misses(), "png", new File(folder.toFile(), "misses-" + (p + 1) + ".png"));
            String where = sample + " page " + (p + 1) + ": " + difference;
            System.out.println("OFD raster " + where);
            assertTrue(difference.inkMissed() <= INK_MISS, where);
            assertTrue(difference.pageMissed() <= PAGE_MISS, where);
            assertTrue(difference.densest() <= DENSEST, where);
            assertTrue(difference.pictureGrey() <= PICTURE_GREY, where);
        }
    }
}
