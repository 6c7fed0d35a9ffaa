package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import press.testing.Docx;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import press.testing.SeedUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every variant of every kind, in every format; the seed's content where the variant carries it all. */
class VariantsTest {

    private static final BulletinPress PRESS = Fixtures.press();

    static Stream<Arguments> everyVariantAndFormat() {
        return PRESS.catalogue().kinds().stream().flatMap(kind -> kind.variantNames().stream()
                .flatMap(variant -> Arrays.stream(Format.values()).map(format -> Arguments.of(kind.name(), variant, format))));
    }

    private static JsonNode example(String kind, String variant) {
        try {
            return JsonInput.object(Files.readAllBytes(PRESS.catalogue().kind(kind).orElseThrow().exampleFile(variant)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference data for its kind (the goldens cover it in every variant), the example for any other. */
    private static RenderedDocument render(String kind, String variant, Format format) {
        JsonNode data = kind.equals(Fixtures.KIND) ? Fixtures.data(Fixtures.REFERENCE) : example(kind, variant);
        return PRESS.render(new RenderRequest(kind, variant, format, data));
    }

    @ParameterizedTest(name = "{0}/{1} as {2}")
    @MethodSource("everyVariantAndFormat")
    void rendersItsKindsExampleInEveryFormat(String kind, String variant, Format format) {
        RenderedDocument document = PRESS.render(new RenderRequest(kind, variant, format, example(kind, variant)));
        String title = document.metadata().title();
        String printed = title.replaceAll("\\s", "");
        switch (format) {
            case PDF -> {
                assertArrayEquals("%PDF-".getBytes(), Arrays.copyOf(document.bytes(), 5));
                String text = new ExtractedPdf(document.bytes()).text().replaceAll("\\s", "");
                assertTrue(text.contains(printed), title + " is printed, if over lines");
            }
            case DOCX -> {
                String text = new Docx(document.bytes()).text("word/document.xml").replaceAll("<[^>]*>|\\s", "");
                assertTrue(text.contains(printed), title + " is printed, if over lines");
            }
            case OFD -> assertTrue(entry(document.bytes(), "OFD.xml").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&").contains("<ofd:Title>" + title + "</ofd:Title>"), "the OFD's information names " + title);
        }
    }

    /** An entry of a ZIP package, as text. */
    private static String entry(byte[] zip, String name) {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no " + name + " in the package");
    }

    /**
     * The 公文 variants carry every unit of the seed except those GB/T 9704 itself changes: an
     * appendix's "附件N：title" line (the standard puts 附件N alone top left and the title on the
     * third line), the 报/送/发 lines (their recipients go to 抄送) and, in a 信函, the imprint
     * line (its 版记 has no 印发机关 and date).
     */
    @ParameterizedTest
    @ValueSource(strings = {"gongwen", "xinhan"})
    void theOfficialVariantsCarryAllOfTheSeedButWhatTheStandardChanges(String variant) {
        ExtractedPdf pdf = new ExtractedPdf(render(Fixtures.KIND, variant, Format.PDF).bytes());
        assertEquals(List.of(), SeedUnits.missingBeyondTheStandard(SeedUnits.of(Fixtures.seed()), pdf,
                variant.equals("xinhan")));
        String text = pdf.text().replaceAll("\\s", "");
        for (String recipient : List.of("省中心", "州第九纪检监察组", "各县（市）行政审批局")) {
            assertTrue(text.contains(recipient), "抄送 names " + recipient);
        }
        assertTrue(text.contains("抄送："), "the 版记 says 抄送");
        assertTrue(pdf.page(1).contains("阿坝州政府政务服务中心办公室"), "发文机关标志");
        assertTrue(pdf.text().contains("一、全州政务服务工作完成情况"), "numbered headings");
    }

    @Test
    void aNewsItemOfSeveralParagraphsPrintsEachWithItsDateBeforeTheFirst() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ObjectNode item = (ObjectNode) data.at("/news/own/0");
        item.putArray("text").add("州政务服务中心召开月度工作例会。").add("会议通报了本月办件情况。");
        String dump = press.model.ModelDump.of(PRESS.render(new RenderRequest(Fixtures.KIND, null, Format.PDF, data)).model());
        assertTrue(dump.contains("\np 5月14日，州政务服务中心召开月度工作例会。\np 会议通报了本月办件情况。\n"), dump);
    }

    @Test
    void theGongwenPrintsItsDocumentNumberBetweenTheMastheadAndTheRedRule() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE).put("documentNumber", "阿坝政务办〔2020〕5号");
        ExtractedPdf pdf = new ExtractedPdf(PRESS.render(new RenderRequest(Fixtures.KIND, "gongwen", Format.PDF, data)).bytes());
        List<String> firstLines = pdf.page(1).lines().filter(line -> !line.isBlank()).limit(3).toList();
        assertEquals(List.of("阿坝州政府政务服务中心办公室文件", "阿坝政务办〔2020〕5号", "全州政务服务工作概况"), firstLines);
    }

    @Test
    void theDigestShowsTheHeadlineFiguresOnAtMostTwoPages() {
        ExtractedPdf pdf = new ExtractedPdf(render(Fixtures.KIND, "digest", Format.PDF).bytes());
        assertTrue(pdf.pageCount() <= 2, pdf.pageCount() + " pages");
        String text = SeedUnits.normalize(pdf.text());
        for (String figure : new String[] {"80564", "80225", "99.58%", "99.50%", "1912", "1806", "61057", "61056",
                "小金县", "27324", "州本级", "99.57%", "阿坝州政府政务服务中心办公室"}) {
            assertTrue(text.contains(SeedUnits.normalize(figure)), "the digest lacks " + figure);
        }
        assertTrue(!text.contains("松潘县委常委"), "no news in a digest");
    }

    @Test
    void theGenericKindRendersABulletinOtherThanTheSeed() {
        ExtractedPdf pdf = new ExtractedPdf(render("generic-bulletin", "standard", Format.PDF).bytes());
        String text = SeedUnits.normalize(pdf.text());
        for (String part : new String[] {"12345热线简报", "第7期", "马尔康市12345政务服务热线运行情况", "一、总体情况",
                "办理情况", "交通出行312301", "合计1086105234", "1.7月9日", "附件：2020年7月各乡镇（街道）来电统计表",
                "报：市委办公室，市政府办公室。", "2020年8月5日印"}) {
            assertTrue(text.contains(SeedUnits.normalize(part)), "missing " + part);
        }
    }
}
