package press.images;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import press.model.Picture;

/**
 * What an image file says about itself, read by walking its structure before any decoder sees
 * it: enough to refuse a picture too large to decode without allocating its pixels, and the
 * bytes a decoder may read.
 */
sealed interface Header permits PngHeader, JpegHeader {

    Picture.Format format();

    int width();

    int height();

    /** The bytes the decoded picture takes, from the header's size and sample depth. */
    long decodedBytes();

    /** What the decoder reads: the file, or only the parts of it that make its pixels. */
    InputStream pixels();

    /** The header of a PNG or JPEG, by its first bytes; declared is what its data URI claims. */
    static Header of(byte[] bytes, Picture.Format declared) {
        String actual = kind(bytes);
        if (actual == null) {
            throw new IllegalArgumentException("the image is neither PNG nor JPEG");
        }
        if (!actual.equals(declared.name().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the image says it is " + declared + " but is " + actual);
        }
        return declared == Picture.Format.PNG ? PngHeader.read(bytes) : JpegHeader.read(bytes);
    }

    /** What the file is by its signature, naming the formats people mistake for PNG or JPEG. */
    private static String kind(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 12), StandardCharsets.ISO_8859_1);
        if (PngHeader.isPng(bytes)) {
            return "png";
        } else if (JpegHeader.isJpeg(bytes)) {
            return "jpeg";
        } else if (start.startsWith("GIF8")) {
            return "gif";
        } else if (start.startsWith("RIFF") && start.startsWith("WEBP", 8)) {
            return "webp";
        } else if (start.startsWith("BM")) {
            return "bmp";
        } else if (start.startsWith("II*\0") || start.startsWith("MM\0*")) {
            return "tiff";
        }
        return null;
    }
}
