package press.images;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import press.model.Picture;

/**
 * A PNG's chunks, walked before the decoder runs: the IHDR first, every chunk within the file,
 * at most {@value #MAX_CHUNKS} besides the pixel data, pixel data present and an IEND at the end.
 * Only the chunks that make the pixels (IHDR, PLTE, tRNS, IDAT, IEND) reach the decoder: text
 * (tEXt, zTXt, iTXt), colour notes and any other ancillary chunk are dropped unread, since the
 * picture is written again without them anyway and a compressed text chunk can unpack a
 * thousandfold. They are dropped rather than refused because editors write them into ordinary
 * pictures ("Software", XMP); they still count against the chunk limit. CRCs are not checked:
 * damaged pixel data fails its zlib check in the decoder, and other chunks are never read.
 *
 * @param kept where the kept chunks lie in the file, in order
 */
record PngHeader(byte[] file, int width, int height, int bitDepth, int colourType, List<Span> kept)
        implements Header {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Chunks besides IDAT: a picture needs a handful (IHDR, PLTE, tRNS, IEND); editors add a few notes. */
    static final int MAX_CHUNKS = 64;
    /** IDAT chunks: encoders cut the pixel data into 8 to 64 KB pieces; a few write one per row. */
    static final int MAX_IDAT_CHUNKS = 16_384;
    private static final Set<String> PIXELS = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND");

    /** A chunk's place in the file, its length and type and CRC included. */
    record Span(int offset, int length) {
    }

    PngHeader {
        boolean depthFits = switch (colourType) {
            case 0 -> Set.of(1, 2, 4, 8, 16).contains(bitDepth);
            case 3 -> Set.of(1, 2, 4, 8).contains(bitDepth);
            case 2, 4, 6 -> bitDepth == 8 || bitDepth == 16;
            default -> throw new IllegalArgumentException("the PNG has an unknown colour type " + colourType);
        };
        if (!depthFits) {
            throw new IllegalArgumentException("the PNG's colour type " + colourType + " cannot have " + bitDepth
                    + "-bit samples");
        }
        kept = List.copyOf(kept);
    }

    static boolean isPng(byte[] bytes) {
        return bytes.length >= SIGNATURE.length && java.util.Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length);
    }

    /** Walks the chunks; a file that breaks the PNG's structure or the limits is refused, saying how. */
    static PngHeader read(byte[] bytes) {
        int at = SIGNATURE.length;
        int others = 0;
        int idat = 0;
        int[] ihdr = null;
        List<Span> kept = new ArrayList<>();
        while (true) {
            if (bytes.length - at < 8) {
                throw new IllegalArgumentException("the PNG is cut short: it ends before its IEND chunk");
            }
            long length = Integer.toUnsignedLong(readInt(bytes, at));
            String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("the PNG is damaged: a chunk at byte " + at + " has no type");
            }
            if (length > bytes.length - at - 12L) {
                throw new IllegalArgumentException("the PNG is cut short: its " + type + " chunk runs past the end of the file");
            }
            if (ihdr == null && !type.equals("IHDR")) {
                throw new IllegalArgumentException("the PNG does not begin with its IHDR chunk");
            }
            if (type.equals("IDAT")) {
                if (++idat > MAX_IDAT_CHUNKS) {
                    throw new IllegalArgumentException("the PNG's pixel data come in more than " + MAX_IDAT_CHUNKS + " chunks");
                }
            } else if (++others > MAX_CHUNKS) {
                throw new IllegalArgumentException("the PNG has more than " + MAX_CHUNKS
                        + " chunks besides its pixel data (text, notes); save it again without them");
            }
            if (type.equals("IHDR")) {
                if (ihdr != null || length != 13) {
                    throw new IllegalArgumentException("the PNG is damaged: its IHDR chunk is repeated or not 13 bytes long");
                }
                ihdr = new int[] {readInt(bytes, at + 8), readInt(bytes, at + 12), bytes[at + 16] & 0xFF,
                        bytes[at + 17] & 0xFF};
                if (bytes[at + 18] != 0 || bytes[at + 19] != 0 || (bytes[at + 20] & 0xFF) > 1) {
                    throw new IllegalArgumentException("the PNG uses a compression, filter or interlace method no decoder knows");
                }
            } else if (!PIXELS.contains(type) && Character.isUpperCase(type.charAt(0))) {
                throw new IllegalArgumentException("the PNG has a chunk no decoder knows (" + type
                        + ") that the picture cannot be drawn without");
            }
            if (PIXELS.contains(type)) {
                kept.add(new Span(at, (int) length + 12));
            }
            at += (int) length + 12;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (idat == 0) {
            throw new IllegalArgumentException("the PNG has no pixel data (IDAT)");
        }
        if (ihdr[0] <= 0 || ihdr[1] <= 0) {
            throw new IllegalArgumentException("the PNG is damaged: its IHDR gives no size");
        }
        return new PngHeader(bytes, ihdr[0], ihdr[1], ihdr[2], ihdr[3], kept);
    }

    @Override
    public Picture.Format format() {
        return Picture.Format.PNG;
    }

    @Override
    public long decodedBytes() {
        int channels = switch (colourType) {
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 1;
        };
        return ((long) width * channels * bitDepth + 7) / 8 * height;
    }

    /** The signature and the kept chunks, read in place: nothing is copied. */
    @Override
    public InputStream pixels() {
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(file, 0, SIGNATURE.length));
        kept.forEach(span -> parts.add(new ByteArrayInputStream(file, span.offset(), span.length())));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }
}
