package press.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import press.model.Picture;
import press.testing.ImageFiles;

/**
 * A picture's limits are checked on its file's structure before the decoder allocates anything,
 * and a damaged picture is refused rather than printed in part.
 */
class ImageLimitsTest {

    /** Far below what inflating the bomb's text (1.3 GB) or decoding a huge header would take. */
    private static final long BOUND = 64L * 1024 * 1024;

    private static String refusal(String format, byte[] bytes) {
        String uri = ImageFiles.uri(format, bytes);
        long before = ImageFiles.allocated();
        Executable decode = () -> Images.decode(uri);
        String message = assertThrows(IllegalArgumentException.class, decode).getMessage();
        long allocated = ImageFiles.allocated() - before;
        assertTrue(allocated < BOUND, "refusing took " + allocated + " bytes: " + message);
        return message;
    }

    @Test
    void aTextBombIsRefusedWithoutInflatingItsText() {
        String message = refusal("png", ImageFiles.textBomb());
        assertTrue(message.contains("more than 64 chunks"), message);
    }

    @Test
    void textChunksWithinTheLimitAreDroppedUnread() {
        byte[] png = ImageFiles.withChunks(ImageFiles.picture("png", 40, 30, true), ImageFiles.zTXt(16 << 20), 10);
        long before = ImageFiles.allocated();
        Picture picture = Images.decode(ImageFiles.uri("png", png));
        assertTrue(ImageFiles.allocated() - before < BOUND, "the 160 MB of text were inflated");
        assertEquals(40, picture.width());
        assertFalse(new String(picture.data(), StandardCharsets.ISO_8859_1).contains("zTXt"));
    }

    @Test
    void aHeaderClaimingAHugePictureIsRefusedBeforeDecoding() {
        String message = refusal("png", ImageFiles.pngClaiming(100_000, 100_000, 8, 6));
        assertTrue(message.contains("100000 × 100000"), message);
    }

    @Test
    void aPictureTooDeepToDecodeWithinTheMemoryBoundIsRefused() {
        String message = refusal("png", ImageFiles.pngClaiming(3000, 3000, 16, 6));
        assertTrue(message.contains("72 MB decoded, more than 36 MB"), message);
    }

    @Test
    void aJpegFrameClaimingAHugePictureIsRefusedBeforeDecoding() {
        byte[] jpeg = ImageFiles.picture("jpeg", 64, 48, false);
        int frame = indexOf(jpeg, (byte) 0xFF, (byte) 0xC0);
        ByteBuffer.wrap(jpeg).putShort(frame + 5, (short) 60_000).putShort(frame + 7, (short) 50_000);
        String message = refusal("jpeg", jpeg);
        assertTrue(message.contains("50000 × 60000"), message);
    }

    @Test
    void aJpegWithTooManySegmentsIsRefused() {
        byte[] jpeg = ImageFiles.picture("jpeg", 64, 48, false);
        byte[] comment = {(byte) 0xFF, (byte) 0xFE, 0, 4, 'h', 'i'};
        ByteBuffer padded = ByteBuffer.allocate(jpeg.length + 65 * comment.length).put(jpeg, 0, 2);
        for (int i = 0; i < 65; i++) {
            padded.put(comment);
        }
        String message = refusal("jpeg", padded.put(jpeg, 2, jpeg.length - 2).array());
        assertTrue(message.contains("more than 64 segments"), message);
    }

    @Test
    void aTruncatedJpegIsRefusedNotPrintedHalfGrey() {
        byte[] jpeg = ImageFiles.picture("jpeg", 300, 200, true);
        String message = refusal("jpeg", ImageFiles.cut(jpeg, jpeg.length * 2 / 3));
        // the JDK's own warning comes first ("Truncated File - Missing EOI marker"), then libjpeg's "Premature end"
        assertTrue(message.contains("damaged") && message.contains("Truncated File"), message);
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] png = ImageFiles.picture("png", 300, 200, true);
        String halfway = refusal("png", ImageFiles.cut(png, png.length * 2 / 3));
        assertTrue(halfway.contains("cut short") && halfway.contains("IDAT"), halfway);
        String noEnd = refusal("png", ImageFiles.cut(png, png.length - 12));
        assertTrue(noEnd.contains("cut short") && noEnd.contains("IEND"), noEnd);
    }

    @Test
    void aPngWhosePixelDataStopEarlyIsRefused() {
        byte[] png = ImageFiles.picture("png", 300, 200, true);
        int idat = indexOf(png, (byte) 'I', (byte) 'D', (byte) 'A', (byte) 'T') - 4;
        byte[] pixels = Arrays.copyOfRange(png, idat + 8, idat + 8 + ByteBuffer.wrap(png).getInt(idat) / 2);
        byte[] cut = ByteBuffer.allocate(idat + pixels.length + 24).put(png, 0, idat)
                .put(ImageFiles.chunk("IDAT", pixels)).put(ImageFiles.chunk("IEND", new byte[0])).array();
        String message = refusal("png", cut);
        assertTrue(message.contains("cannot be read"), message);
        String none = refusal("png", ByteBuffer.allocate(idat + 12).put(png, 0, idat)
                .put(ImageFiles.chunk("IEND", new byte[0])).array());
        assertTrue(none.contains("no pixel data"), none);
    }

    @Test
    void aChunkThePictureCannotBeDrawnWithoutIsRefusedUnlessKnown() {
        byte[] png = ImageFiles.withChunks(ImageFiles.picture("png", 40, 30, false),
                ImageFiles.chunk("ZZZZ", new byte[4]), 1);
        String message = refusal("png", png);
        assertTrue(message.contains("ZZZZ"), message);
    }

    private static int indexOf(byte[] bytes, byte... sought) {
        for (int i = 0; i + sought.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
