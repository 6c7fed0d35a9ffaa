package press.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Base64;
import java.util.concurrent.CancellationException;
import press.model.Picture;

/**
 * Images given as data URIs (PNG or JPEG), decoded and written again by the service, so no
 * byte a user sent (metadata, trailing data, a crafted chunk) reaches a document. Every limit
 * is checked on the file's own structure before the decoder allocates anything: its size, its
 * chunks or segments, its size in pixels and the memory those take; metadata are never read.
 * A picture the decoder warns about is refused, not printed half grey; and the work stops
 * within a row when its thread is interrupted, throwing {@link CancellationException}.
 */
public final class Images {

    public static final String PNG = "data:image/png;base64,";
    public static final String JPEG = "data:image/jpeg;base64,";
    /** The largest side a picture may have, in pixels: 3 000 is a 50 cm print at 150 dpi. */
    static final int MAX_SIDE = 3000;
    /** The smallest side, in pixels: less prints as a smudge. */
    static final int MIN_SIDE = 16;
    /** The largest file, 3 MB: what the schemas' 4 000 000 base64 characters hold. */
    static final int MAX_BYTES = 3 * 1024 * 1024;
    /** The most memory a decoded picture takes: the largest picture at 8 bits a sample, with alpha. */
    static final long MAX_DECODED_BYTES = (long) MAX_SIDE * MAX_SIDE * 4;

    private Images() {
    }

    /** Whether a text is an image's data URI, which {@link #decode} reads. */
    public static boolean isImage(String text) {
        return text.startsWith(PNG) || text.startsWith(JPEG);
    }

    /**
     * The picture a data URI holds, re-encoded; a problem is an IllegalArgumentException saying
     * what it is.
     *
     * @throws CancellationException when the thread is interrupted before or during the work
     */
    public static Picture decode(String uri) {
        BufferedImage image = read(uri);
        Picture.Format format = uri.startsWith(PNG) ? Picture.Format.PNG : Picture.Format.JPEG;
        Watch.check();
        try {
            return new Picture(Codec.write(opaque(image, format), format), format, image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new IllegalArgumentException("the image cannot be written again: " + e.getMessage());
        }
    }

    /** Whether {@link #decode} would read the data URI: the same checks, without writing the picture again. */
    public static void check(String uri) {
        read(uri);
    }

    private static BufferedImage read(String uri) {
        Watch.check();
        Picture.Format format = uri.startsWith(PNG) ? Picture.Format.PNG
                : uri.startsWith(JPEG) ? Picture.Format.JPEG : null;
        if (format == null) {
            throw new IllegalArgumentException("an image must be a data URI of a PNG or JPEG (" + PNG + "… or " + JPEG + "…)");
        }
        // base64 takes 4 characters for 3 bytes; line breaks may add a few more
        if (uri.length() > MAX_BYTES / 3 * 4 * 11 / 10) {
            throw tooLarge();
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(uri.substring(uri.indexOf(',') + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the image is not valid base64: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        Header header = Header.of(bytes, format);
        int width = header.width();
        int height = header.height();
        if (width > MAX_SIDE || height > MAX_SIDE || width < MIN_SIDE || height < MIN_SIDE) {
            throw new IllegalArgumentException("the image is " + width + " × " + height + " pixels; it needs "
                    + MIN_SIDE + " to " + MAX_SIDE + " on each side");
        }
        if (header.decodedBytes() > MAX_DECODED_BYTES) {
            throw new IllegalArgumentException("the image would take " + header.decodedBytes() / 1_000_000
                    + " MB decoded, more than " + MAX_DECODED_BYTES / 1_000_000 + " MB; save it with 8-bit samples");
        }
        try {
            return Codec.read(header);
        } catch (IOException e) {
            throw new IllegalArgumentException("the image cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException | CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // a decoder meeting data it does not expect fails with whatever it was doing
            throw new IllegalArgumentException("the image cannot be read: " + e);
        }
    }

    private static IllegalArgumentException tooLarge() {
        return new IllegalArgumentException("the image is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
    }

    /** A JPEG has no transparency: what was transparent prints white, as on paper. */
    private static BufferedImage opaque(BufferedImage image, Picture.Format format) {
        if (format != Picture.Format.JPEG || !image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        target.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        return target;
    }
}
