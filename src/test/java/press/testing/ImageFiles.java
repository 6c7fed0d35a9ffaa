package press.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Image files for tests, sound and hostile: pictures drawn and written by ImageIO, and PNGs put
 * together chunk by chunk (a text bomb, a header that lies about the size), each small in memory.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    /** A picture of the size, written by ImageIO as "png" or "jpeg"; noisy pixels when noisy. */
    public static byte[] picture(String format, int width, int height, boolean noisy) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        if (noisy) {
            Random random = new Random(width * 31L + height);
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int shade = (x * 255 / width + random.nextInt(64)) & 0xFF;
                    row[x] = shade << 16 | (255 - shade) << 8 | random.nextInt(256);
                }
                image.setRGB(0, y, width, 1, row, 0, width);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String uri(String format, byte[] bytes) {
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** One PNG chunk: length, type, data and CRC. */
    public static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
    }

    /** The PNG with {@code count} copies of the chunk put in after its IHDR. */
    public static byte[] withChunks(byte[] png, byte[] chunk, int count) {
        int afterHeader = 8 + 25;
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.length * count).put(png, 0, afterHeader);
        for (int i = 0; i < count; i++) {
            out.put(chunk);
        }
        return out.put(png, afterHeader, png.length - afterHeader).array();
    }

    /** A zTXt chunk whose text inflates to {@code inflated} bytes: a kilobyte or less on disk. */
    public static byte[] zTXt(int inflated) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[inflated]);
        deflater.finish();
        byte[] compressed = new byte[inflated / 512 + 64];
        int length = deflater.deflate(compressed);
        deflater.end();
        ByteBuffer data = ByteBuffer.allocate(9 + length).put("Comment".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0).put((byte) 0).put(compressed, 0, length);
        return chunk("zTXt", data.array());
    }

    /** Issue 34's bomb: a 16×16 PNG with 5 000 zTXt chunks of 256 KB each, 1.3 GB of text in 1.4 MB. */
    public static byte[] textBomb() {
        return withChunks(picture("png", 16, 16, false), zTXt(256 * 1024), 5000);
    }

    /** A PNG whose header claims the size and sample depth, with a token of pixel data. */
    public static byte[] pngClaiming(int width, int height, int bitDepth, int colourType) {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth).put((byte) colourType)
                .put(new byte[3]).array();
        byte[] signature = Arrays.copyOf(picture("png", 16, 16, false), 8);
        return ByteBuffer.allocate(8 + 25 + 14 + 12).put(signature).put(chunk("IHDR", ihdr))
                .put(chunk("IDAT", new byte[] {0x78, 0x01})).put(chunk("IEND", new byte[0])).array();
    }

    /** The first {@code length} bytes. */
    public static byte[] cut(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    /** What the current thread has allocated so far, in bytes: a measure no other thread disturbs. */
    public static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
