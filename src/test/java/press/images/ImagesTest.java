package press.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import press.model.Picture;

/** Images are decoded and written again, within their size limits, and nothing else gets through. */
class ImagesTest {

    private static byte[] png(int width, int height, int type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, type), "png", out);
        return out.toByteArray();
    }

    private static String uri(String type, byte[] bytes) {
        return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void whatFollowsThePicturesDataNeverReachesTheDocument() throws IOException {
        byte[] image = png(40, 30, BufferedImage.TYPE_INT_ARGB);
        byte[] smuggled = new byte[image.length + 20];
        System.arraycopy(image, 0, smuggled, 0, image.length);
        System.arraycopy("<script>x</script>!!".getBytes(StandardCharsets.US_ASCII), 0, smuggled, image.length, 20);
        Picture picture = Images.decode(uri("png", smuggled));
        assertEquals(40, picture.width());
        assertEquals(30, picture.height());
        assertFalse(new String(picture.data(), StandardCharsets.ISO_8859_1).contains("<script>"));
    }

    @Test
    void aJpegStaysAJpegAndLosesItsTransparency() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        Picture picture = Images.decode(uri("jpeg", out.toByteArray()));
        assertEquals(Picture.Format.JPEG, picture.format());
        byte[] data = picture.data();
        assertTrue((data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8);
    }

    @Test
    void sizeAndFormatAreCheckedBeforeAnythingIsDecoded() throws IOException {
        var huge = assertThrows(IllegalArgumentException.class,
                () -> Images.decode(uri("png", png(4000, 20, BufferedImage.TYPE_BYTE_BINARY))));
        assertTrue(huge.getMessage().contains("4000 × 20"), huge.getMessage());
        var tiny = assertThrows(IllegalArgumentException.class,
                () -> Images.decode(uri("png", png(8, 8, BufferedImage.TYPE_BYTE_GRAY))));
        assertTrue(tiny.getMessage().contains("16 to 3000"), tiny.getMessage());
        var lying = assertThrows(IllegalArgumentException.class,
                () -> Images.decode(uri("jpeg", png(40, 40, BufferedImage.TYPE_BYTE_GRAY))));
        assertTrue(lying.getMessage().contains("is png"), lying.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Images.decode("data:image/gif;base64,R0lGODlhAQABAAAAACw="));
        assertThrows(IllegalArgumentException.class, () -> Images.decode("data:image/png;base64,%%%"));
    }
}
