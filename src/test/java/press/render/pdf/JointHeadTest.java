package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.render.pdf.GongwenGeometryTest.TOLERANCE;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.PdfGeometry.Glyph;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ObjectNode;

/**
 * A joint document to a superior (联合行文, 上行文; GB/T 9704-2012 §7.2.4, §7.2.5, §7.2.6): the
 * organs stacked, the lead one first, spread to one width with 文件 centred to their right; the
 * 发文字号 one character in from the left, level with the last 签发人, whose block ends one
 * character in from the right.
 */
class JointHeadTest {

    private static final float POINT = 25.4f / 72;

    private static final PdfGeometry PDF;

    static {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ObjectNode official = data.putObject("gongwen");
        official.putArray("issuers").add("阿坝州人民政府政务服务中心").add("阿坝州大数据局");
        official.putArray("signers").add("许弟友").add("罗德江");
        PDF = new PdfGeometry(Fixtures.press().render(new RenderRequest(Fixtures.KIND, "gongwen", Format.PDF, data)).bytes());
    }

    private static List<Glyph> line(String containing) {
        return PDF.lines(1).stream().filter(line -> PdfGeometry.text(line).contains(containing)).findFirst().orElseThrow();
    }

    @Test
    void theOrgansStandOneUnderAnotherSpreadToOneWidthWithTheSuffixCentredBesideThem() {
        List<Glyph> lead = line("阿坝州人民政府政务服务中心");
        List<Glyph> second = line("阿坝州大数据局");
        assertEquals(72, lead.get(0).emTop(), TOLERANCE, "the lead organ's top 35 mm under the text block");
        assertTrue(second.get(0).emTop() > lead.get(0).emBottom() - TOLERANCE, "the second organ under the first");
        assertEquals(lead.get(0).left(), second.get(0).left(), TOLERANCE);
        assertEquals(lead.get(lead.size() - 1).right(), second.get(second.size() - 1).right(), TOLERANCE, "one width");
        Glyph suffix = PDF.glyphs(1).stream().filter(glyph -> glyph.text().equals("件") && glyph.size() > 30).findFirst()
                .orElseThrow();
        float organs = (lead.get(0).emTop() + second.get(0).emBottom()) / 2;
        assertEquals(organs, (suffix.emTop() + suffix.emBottom()) / 2, TOLERANCE, "文件 centred on the organs");
        assertTrue(suffix.left() > lead.get(lead.size() - 1).right(), "文件 to their right");
    }

    @Test
    void theNumberGoesLeftLevelWithTheLastSignerAtTheRight() {
        float character = 16 * POINT - 0.22f * POINT;
        List<Glyph> first = line("签发人：");
        List<Glyph> last = line("罗德江");
        List<Glyph> number = line("〔2020〕");
        assertEquals(last.get(0).baseline(), number.get(0).baseline(), TOLERANCE, "level with the last 签发人");
        assertEquals(28 + character, number.get(0).left(), TOLERANCE, "one character in from the left");
        assertEquals(210 - 26 - 16 * POINT, first.get(first.size() - 1).right(), 3 * 16 * POINT, "the block at the right");
        assertTrue(PdfGeometry.text(first).contains("许弟友"));
    }
}
