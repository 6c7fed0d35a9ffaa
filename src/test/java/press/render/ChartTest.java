package press.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Docx;
import press.testing.Fixtures;
import press.testing.PdfA;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Charts as the reader gets them: in the PDF, vectors (no picture anywhere on the page) whose
 * bars are as long as their figures and whose labels are text; in the DOCX, a chart part the
 * document refers to, its cached figures the data's, its workbook embedded. Each kind is
 * written as PNG under {@code target/charts} to be looked at.
 */
class ChartTest {

    private static final List<String> TOWNS = List.of("城关镇", "白水乡", "东坝乡", "河口镇", "新店子乡");
    private static final List<Integer> ACCEPTED = List.of(412, 186, 95, 240, 58);
    private static final List<Integer> COMPLETED = List.of(401, 180, 95, 231, 52);

    /** The wenchuan fixture with nothing in its body but one chart of {@code kind}, its figures inline. */
    private static ObjectNode withChart(String kind, boolean stacked, int seriesCount) {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ArrayNode blocks = (ArrayNode) data.at("/sections/0/blocks");
        blocks.removeAll();
        ObjectNode chart = blocks.addObject().put("type", "chart").put("kind", kind).put("stacked", stacked)
                .put("labels", true).put("title", "各乡镇办件量").put("unit", "件");
        TOWNS.forEach(chart.putArray("categories")::add);
        ArrayNode series = chart.putArray("series");
        ObjectNode accepted = series.addObject().put("name", "受理");
        ACCEPTED.forEach(accepted.putArray("values")::add);
        if (seriesCount > 1) {
            ObjectNode completed = series.addObject().put("name", "办结");
            COMPLETED.forEach(completed.putArray("values")::add);
        }
        return data;
    }

    private static byte[] render(ObjectNode data, Format format) {
        return Fixtures.press().render(new RenderRequest("generic-bulletin", null, format, data)).bytes();
    }

    @Test
    void aColumnChartIsVectorsWhoseBarsAreAsTallAsTheirFiguresAndWhoseLabelsAreText() throws IOException {
        byte[] pdf = render(withChart("column", false, 2), Format.PDF);
        look(pdf, "column");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertEquals(0, images(page), "no picture on the chart's page");
            List<float[]> bars = rectangles(page);
            // the tallest bar is the largest figure, 412
            float unit = tallest(bars) / ACCEPTED.get(0);
            for (int c = 0; c < TOWNS.size(); c++) {
                assertTrue(tall(bars, ACCEPTED.get(c) * unit), "a bar " + ACCEPTED.get(c) + " tall");
                assertTrue(tall(bars, COMPLETED.get(c) * unit), "a bar " + COMPLETED.get(c) + " tall");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document).replaceAll("\\s", "");
            for (int c = 0; c < TOWNS.size(); c++) {
                assertTrue(text.contains(TOWNS.get(c)), TOWNS.get(c));
                assertTrue(text.contains(ACCEPTED.get(c).toString()) && text.contains(COMPLETED.get(c).toString()));
            }
            assertTrue(text.contains("受理") && text.contains("办结") && text.contains("各乡镇办件量"), "legend and title");
        }
    }

    @Test
    void theDigestGainsItsBarChartOfTheRegionsAndKeepsToTwoPages() throws IOException {
        byte[] pdf = Fixtures.press().render(new RenderRequest(Fixtures.KIND, "digest", Format.PDF,
                Fixtures.data(Fixtures.REFERENCE))).bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains("各地办结件数") && text.contains("壤塘县56"), "the chart's title and its last bar");
        }
    }

    @Test
    void everyKindRendersTaggedAndAsAWordChart() throws IOException {
        for (String kind : List.of("column", "bar", "line", "pie")) {
            for (boolean stacked : kind.equals("pie") ? List.of(false) : List.of(false, true)) {
                ObjectNode data = withChart(kind, stacked, kind.equals("pie") ? 1 : 2);
                byte[] pdf = render(data, Format.PDF);
                look(pdf, kind + (stacked ? "-stacked" : ""));
                PdfA.Verdict verdict = PdfA.validate(pdf, "ua1");
                assertTrue(verdict.compliant(), kind + ": " + verdict.failures());
                assertWordChart(new Docx(render(data, Format.DOCX)), kind);
            }
        }
    }

    private static void assertWordChart(Docx docx, String kind) {
        assertTrue(docx.parts().containsKey("word/charts/chart1.xml"), "the chart part");
        String relationships = new String(docx.parts().get("word/_rels/document.xml.rels"),
                java.nio.charset.StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("Id=\"(rId\\d+)\"[^>]*Target=\"charts/chart1.xml\"|Target=\"charts/chart1.xml\"[^>]*Id=\"(rId\\d+)\"")
                .matcher(relationships);
        assertTrue(link.find(), relationships);
        String id = link.group(1) != null ? link.group(1) : link.group(2);
        assertTrue(new String(docx.parts().get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("r:id=\"" + id + "\""), "the document draws the chart it refers to");
        String chart = new String(docx.parts().get("word/charts/chart1.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(ACCEPTED.stream().map(String::valueOf).toList(), cached(chart, 0), kind);
        assertTrue(chart.contains("<c:" + (kind.equals("column") || kind.equals("bar") ? "bar" : kind) + "Chart>"), kind);
        for (String town : TOWNS) {
            assertTrue(chart.contains("<c:v>" + town + "</c:v>"), town);
        }
        assertTrue(docx.parts().keySet().stream().anyMatch(name -> name.startsWith("word/embeddings/")
                && name.endsWith(".xlsx")), "the workbook");
    }

    /** The numbers cached for series {@code index}. */
    private static List<String> cached(String chart, int index) {
        String series = chart.split("<c:ser>")[index + 1];
        String numbers = series.substring(series.indexOf("<c:numCache>"), series.indexOf("</c:numCache>"));
        List<String> values = new ArrayList<>();
        Matcher value = Pattern.compile("<c:v>([^<]*)</c:v>").matcher(numbers);
        while (value.find()) {
            values.add(value.group(1));
        }
        return values;
    }

    private static int images(PDPage page) throws IOException {
        int count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    private static float tallest(List<float[]> bars) {
        return bars.stream().map(bar -> bar[3]).filter(h -> h > 1).max(Float::compare).orElseThrow();
    }

    private static boolean tall(List<float[]> bars, float height) {
        return bars.stream().anyMatch(bar -> Math.abs(bar[3] - height) < 0.05f);
    }

    /** Every rectangle appended to a path on the page: x, y, width, height. */
    private static List<float[]> rectangles(PDPage page) throws IOException {
        List<float[]> found = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                                        java.awt.geom.Point2D p3) {
                found.add(new float[] {(float) p0.getX(), (float) p0.getY(), (float) Math.abs(p1.getX() - p0.getX()),
                        (float) Math.abs(p2.getY() - p1.getY())});
            }

            @Override
            public void drawImage(PDImage image) {
            }

            @Override
            public void clip(int rule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public java.awt.geom.Point2D getCurrentPoint() {
                return new java.awt.geom.Point2D.Float();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int rule) {
            }

            @Override
            public void fillAndStrokePath(int rule) {
            }

            @Override
            public void shadingFill(COSName name) {
            }

            {
                processPage(page);
            }
        };
        return found;
    }

    /** The chart's page as PNG under target/charts, to look at. */
    private static void look(byte[] pdf, String name) throws IOException {
        Path folder = Path.of("target", "charts");
        Files.createDirectories(folder);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png",
                    folder.resolve(name + ".png").toFile());
        }
    }
}
