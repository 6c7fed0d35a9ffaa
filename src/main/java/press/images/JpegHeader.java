package press.images;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import press.model.Picture;

/**
 * A JPEG's segments up to its frame header (SOF), walked before the decoder runs: every segment
 * within the file, at most {@value #MAX_SEGMENTS} of them (tables, JFIF, Exif, ICC), and the
 * size and components the frame declares. The decoder is told to ignore the metadata; a file cut
 * short is refused by the decoder's warning, since where the scan data end shows only in decoding.
 */
record JpegHeader(byte[] file, int width, int height, int components, int precision) implements Header {

    /** Segments before the frame: a camera's Exif, a profile in pieces and the tables fit many times over. */
    static final int MAX_SEGMENTS = 64;

    JpegHeader {
        if (components < 1 || components > 4) {
            throw new IllegalArgumentException("the JPEG has " + components + " colour components; it may have 1 to 4");
        }
        if (precision != 8) {
            throw new IllegalArgumentException("the JPEG has " + precision + "-bit samples; it may have 8-bit ones");
        }
    }

    static boolean isJpeg(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    /** Walks the segments to the frame header; a file that breaks the structure or the limits is refused. */
    static JpegHeader read(byte[] bytes) {
        int at = 2;
        for (int segments = 0; ; segments++) {
            if (segments > MAX_SEGMENTS) {
                throw new IllegalArgumentException("the JPEG has more than " + MAX_SEGMENTS
                        + " segments before its picture; save it again without its metadata");
            }
            if (at >= bytes.length || (bytes[at] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException(at >= bytes.length ? "the JPEG is cut short: it ends before its frame header"
                        : "the JPEG is damaged: no marker at byte " + at);
            }
            while (at < bytes.length && (bytes[at] & 0xFF) == 0xFF) {
                at++; // fill bytes may pad a marker
            }
            if (bytes.length - at < 3) {
                throw new IllegalArgumentException("the JPEG is cut short: it ends before its frame header");
            }
            int marker = bytes[at] & 0xFF;
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                at++; // a marker without a segment
                continue;
            }
            int length = (bytes[at + 1] & 0xFF) << 8 | bytes[at + 2] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                throw new IllegalArgumentException("the JPEG has no frame header before its picture data");
            }
            if (length < 2 || length > bytes.length - at - 1) {
                throw new IllegalArgumentException("the JPEG is cut short: a segment runs past the end of the file");
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                if (length < 8) {
                    throw new IllegalArgumentException("the JPEG is damaged: its frame header is too short");
                }
                return new JpegHeader(bytes, (bytes[at + 6] & 0xFF) << 8 | bytes[at + 7] & 0xFF,
                        (bytes[at + 4] & 0xFF) << 8 | bytes[at + 5] & 0xFF, bytes[at + 8] & 0xFF, bytes[at + 3] & 0xFF);
            }
            at += 1 + length;
        }
    }

    @Override
    public Picture.Format format() {
        return Picture.Format.JPEG;
    }

    @Override
    public long decodedBytes() {
        return (long) width * height * components;
    }

    @Override
    public InputStream pixels() {
        return new ByteArrayInputStream(file);
    }
}
