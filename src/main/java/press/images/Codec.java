package press.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import press.model.Picture;

/**
 * The JDK's PNG and JPEG codecs, each read and write under a {@link Watch}: metadata ignored,
 * warnings refused, an interrupt obeyed within a row. Streams are cached in memory, not in
 * temporary files as ImageIO's defaults would: the pictures are small files.
 */
final class Codec {

    private Codec() {
    }

    /** The pixels the header's file holds; the header's limits were checked by the caller. */
    static BufferedImage read(Header header) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName(name(header.format())).next();
        try (InputStream pixels = header.pixels(); ImageInputStream input = new MemoryCacheImageInputStream(pixels)) {
            reader.setInput(input, true, true);
            Watch watch = Watch.of(reader);
            BufferedImage image = reader.read(0);
            watch.verify();
            return image;
        } finally {
            reader.dispose();
        }
    }

    /** The picture written again, as ImageIO.write would write it, but stopping when interrupted. */
    static byte[] write(BufferedImage image, Picture.Format format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWriters(ImageTypeSpecifier.createFromRenderedImage(image),
                name(format));
        if (!writers.hasNext()) {
            throw new IOException("no writer for " + format);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            Watch watch = Watch.of(writer);
            writer.write(null, new IIOImage(image, null, null), null);
            watch.verify();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String name(Picture.Format format) {
        return format == Picture.Format.PNG ? "png" : "jpeg";
    }
}
