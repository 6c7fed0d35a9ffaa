package press.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import press.testing.Docx;
import press.testing.Fixtures;
import press.testing.PdfGeometry.Glyph;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bilingual text of a Tibetan autonomous prefecture: Tibetan is shaped (a stacked syllable such
 * as བསྒྲུབས draws its stack as one glyph reaching below the line), extracts as typed, and is
 * named and embedded whole in the DOCX so Word shapes it too; Yi is drawn by the fallback.
 */
class TibetanTest {

    private static final String TIBETAN = "རྔ་བ་བོད་རིགས་ཆ་བྱང་རིགས་རང་སྐྱོང་ཁུལ།";
    private static final String STACKED = "བསྒྲུབས";
    private static final String TEXT = "阿坝藏族羌族自治州（" + TIBETAN + "）推行藏汉双语服务，" + STACKED + "。彝文：ꆈꌠ。";

    @TempDir
    Path folder;

    private static ObjectNode data() {
        ObjectNode data = Fixtures.data("wenchuan-2020-06");
        ArrayNode blocks = (ArrayNode) data.at("/sections/0/blocks");
        blocks.removeAll();
        blocks.addObject().put("type", "paragraph").put("text", TEXT);
        return data;
    }

    private static byte[] render(Format format, RenderOptions options) {
        return Fixtures.press().render(new RenderRequest("generic-bulletin", null, format, data(), options)).bytes();
    }

    @Test
    void aStackedSyllableIsShapedIntoAGlyphThatReachesBelowTheLine() {
        PdfGeometry pdf = new PdfGeometry(render(Format.PDF, RenderOptions.NONE));
        List<Glyph> tibetan = pdf.glyphs(1).stream().filter(glyph -> glyph.font().contains("Tibetan")).toList();
        assertTrue(tibetan.size() < TIBETAN.codePointCount(0, TIBETAN.length()) + STACKED.codePointCount(0, STACKED.length()),
                "shaping joins the stacks: " + tibetan.size() + " glyphs");
        float line = tibetan.get(tibetan.size() - 1).inkBottom();
        float deepest = tibetan.stream().map(Glyph::inkBottom).max(Float::compare).orElseThrow();
        assertTrue(deepest - line > 2, "a stack reaches " + (deepest - line) + " mm below the line");
        assertTrue(pdf.glyphs(1).stream().anyMatch(glyph -> glyph.text().equals("ꆈ")), "Yi drawn by the fallback");
    }

    @Test
    void theShapedTextExtractsAsTyped() throws IOException, InterruptedException {
        Path pdf = folder.resolve("tibetan.pdf");
        Files.write(pdf, render(Format.PDF, RenderOptions.NONE));
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        String joined = text.replaceAll("\\s", "");
        assertTrue(joined.contains(TIBETAN.replace(" ", "")) && joined.contains(STACKED), text);
    }

    @Test
    void theDocxNamesTheTibetanFontAndEmbedsItWhole() {
        Docx named = new Docx(render(Format.DOCX, RenderOptions.NONE));
        assertEquals("Microsoft Himalaya", named.value("word/document.xml",
                "//w:r[w:t[contains(., '" + STACKED + "')]]/w:rPr/w:rFonts/@w:eastAsia"));
        Docx embedded = new Docx(render(Format.DOCX, RenderOptions.embeddingFonts(true)));
        long largest = embedded.parts().entrySet().stream().filter(part -> part.getKey().startsWith("word/fonts/"))
                .mapToLong(part -> part.getValue().length).max().orElse(0);
        assertTrue(largest > 500_000, "the Tibetan font embedded whole: " + largest + " bytes");
    }
}
