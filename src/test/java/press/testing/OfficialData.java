package press.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import tools.jackson.databind.node.ObjectNode;

/** The reference data dressed as a 公文 with every optional element of GB/T 9704, and a drawn seal. */
public final class OfficialData {

    private OfficialData() {
    }

    /** 份号, 密级, 紧急程度, 主送机关, 附注 and a seal over the signature. */
    public static ObjectNode withEveryElement() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ObjectNode official = data.putObject("gongwen");
        official.put("copyNumber", "000123");
        official.put("secrecy", "秘密★1年");
        official.put("urgency", "特急");
        official.putArray("addressees").add("各县（市）行政审批局").add("州直各部门");
        official.put("note", "此件公开发布");
        ((ObjectNode) data.get("signature")).put("seal", sealDataUri());
        return data;
    }

    /** A red ring with a star on a transparent ground, 400 pixels across, as a PNG data URI. */
    public static String sealDataUri() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(new Color(230, 0, 18, 220));
        graphics.setStroke(new BasicStroke(16));
        graphics.drawOval(12, 12, 376, 376);
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? 70 : 28;
            xs[i] = (int) Math.round(200 + radius * Math.cos(angle));
            ys[i] = (int) Math.round(200 - radius * Math.sin(angle));
        }
        graphics.fillPolygon(xs, ys, 10);
        graphics.dispose();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
