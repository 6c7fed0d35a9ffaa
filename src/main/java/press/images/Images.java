package press.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import press.model.Picture;

/**
 * Images given as data URIs (PNG or JPEG), decoded and written again by the service, so no
 * byte a user sent (metadata, trailing data, a crafted chunk) reaches a document. The size is
 * read from the header before anything is decoded, so a small file that unpacks into a huge
 * picture is refused unread.
 */
public final class Images {

    public static final String PNG = "data:image/png;base64,";
    public static final String JPEG = "data:image/jpeg;base64,";
    /** The largest side a picture may have, in pixels: 3 000 is a 50 cm print at 150 dpi. */
    static final int MAX_SIDE = 3000;
    /** The smallest side, in pixels: less prints as a smudge. */
    static final int MIN_SIDE = 16;

    private Images() {
    }

    /** Whether a text is an image's data URI, which {@link #decode} reads. */
    public static boolean isImage(String text) {
        return text.startsWith(PNG) || text.startsWith(JPEG);
    }

    /** The picture a data URI holds, re-encoded; a problem is an IllegalArgumentException saying what it is. */
    public static Picture decode(String uri) {
        Read read = read(uri);
        try {
            return new Picture(encode(read.image(), read.format()), read.format(), read.image().getWidth(),
                    read.image().getHeight());
        } catch (IOException e) {
            throw new IllegalArgumentException("the image cannot be written again: " + e.getMessage());
        }
    }

    /** Whether {@link #decode} would read the data URI: the same checks, without writing the picture again. */
    public static void check(String uri) {
        read(uri);
    }

    private record Read(BufferedImage image, Picture.Format format) {
    }

    private static Read read(String uri) {
        Picture.Format format = uri.startsWith(PNG) ? Picture.Format.PNG
                : uri.startsWith(JPEG) ? Picture.Format.JPEG : null;
        if (format == null) {
            throw new IllegalArgumentException("an image must be a data URI of a PNG or JPEG (" + PNG + "… or " + JPEG + "…)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(uri.substring(uri.indexOf(',') + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the image is not valid base64: " + e.getMessage());
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("the image is neither PNG nor JPEG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                String actual = reader.getFormatName().toLowerCase();
                if (!actual.equals(format == Picture.Format.PNG ? "png" : "jpeg")) {
                    throw new IllegalArgumentException("the image says it is " + format + " but is " + actual);
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || width < MIN_SIDE || height < MIN_SIDE) {
                    throw new IllegalArgumentException("the image is " + width + " × " + height + " pixels; it needs "
                            + MIN_SIDE + " to " + MAX_SIDE + " on each side");
                }
                return new Read(reader.read(0), format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException known) {
                throw known;
            }
            throw new IllegalArgumentException("the image cannot be read: " + e.getMessage());
        }
    }

    private static byte[] encode(BufferedImage image, Picture.Format format) throws IOException {
        BufferedImage target = image;
        if (format == Picture.Format.JPEG && image.getColorModel().hasAlpha()) {
            target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            target.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(target, format == Picture.Format.PNG ? "png" : "jpeg", out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }
}
