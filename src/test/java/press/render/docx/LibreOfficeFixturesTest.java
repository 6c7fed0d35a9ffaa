package press.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.testing.ExtractedPdf;
import press.testing.FixtureVariant;
import press.testing.LibreOffice;

/**
 * Every fixture in every variant, as a DOCX with embedded fonts, laid out by LibreOffice with
 * every installed font hidden: each page carries its own number (the 信函 leaves its first page
 * without, as its style sheet says), no character falls back to an installed font (tofu), no
 * number is split across lines.
 */
@Tag("slow")
class LibreOfficeFixturesTest {

    @TempDir
    Path folder;

    @Test
    void everyFixtureInEveryVariantIsNumberedWithoutTofuOrSplitNumbers() throws Exception {
        List<Path> documents = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        List<Boolean> lastUnnumbered = new ArrayList<>();
        for (FixtureVariant document : FixtureVariant.all()) {
            Path docx = folder.resolve(document.fixture() + "-" + document.variant() + ".docx");
            Files.write(docx, document.render(Format.DOCX, RenderOptions.embeddingFonts(true)));
            documents.add(docx);
            variants.add(document.variant());
            ExtractedPdf ours = new ExtractedPdf(document.render(Format.PDF, RenderOptions.embeddingFonts(false)));
            lastUnnumbered.add(!ours.page(ours.pageCount()).contains("— " + ours.pageCount() + " —"));
        }
        List<Path> pdfs = LibreOffice.toPdf(documents, folder, true);
        for (int i = 0; i < pdfs.size(); i++) {
            String name = documents.get(i).getFileName().toString();
            ExtractedPdf pdf = new ExtractedPdf(Files.readAllBytes(pdfs.get(i)));
            for (int page = 1; page <= pdf.pageCount(); page++) {
                // LibreOffice counts the blank page an even-page section inserts but leaves it out
                // of its PDF: a later page may print a number one higher than its place
                boolean numbered = pdf.page(page).contains("— " + page + " —")
                        || pdf.page(page).contains("— " + (page + 1) + " —") && page == pdf.pageCount();
                if (pdf.page(page).isBlank() || page == pdf.pageCount() && lastUnnumbered.get(i)) {
                    // the blank page before a 版记 that must stand on an even page prints no number,
                    // nor does the 版记's page after it, as on our pages
                    continue;
                }
                if (page == 1 && variants.get(i).equals("xinhan")) {
                    assertTrue(!numbered, name + ": the 信函's first page has no number");
                } else {
                    assertTrue(numbered, name + ": page " + page + " has its number");
                }
            }
            assertTrue(pdf.fonts().stream().noneMatch(font -> font.contains("DejaVu") || font.contains("Liberation")),
                    name + ": no character falls back to an installed font: " + pdf.fonts());
            assertEquals(List.of(), pdf.unembeddedFonts(), name);
            assertTrue(pdf.text().chars().noneMatch(c -> c == 0xFFFD), name + ": no replacement character");
            LibreOfficeRenderingTest.assertNoNumberSplit(pdf);
            if (variants.get(i).equals("digest")) {
                assertTrue(pdf.pageCount() <= 2, name + ": the digest with its chart keeps to two pages");
                assertTrue(pdf.text().contains("各地办结件数") && pdf.text().contains("23012"),
                        name + ": LibreOffice draws the Word chart, its title and figures");
            }
        }
    }
}
