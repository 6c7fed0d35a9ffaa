package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.testing.FixtureVariant;
import press.testing.Fixtures;
import press.testing.PdfA;
import press.testing.SeedUnits;
import press.testing.TagTree;
import press.testing.TagTree.Node;

/**
 * Every PDF is tagged for a reader who cannot see it: PDF/UA-1 as rendered, PDF/A-2a (and still
 * PDF/UA-1) as archived, by veraPDF's profiles; its structure reads in the printed order, its
 * headings nest as its bookmarks do, its tables say which cells head their columns, and what
 * only decorates or repeats the page is an artifact.
 */
class TaggedPdfTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureInEveryVariantIsPdfUa1AndItsArchivedRecordPdfA2a() {
        return FixtureVariant.all().stream().map(document -> DynamicTest.dynamicTest(document.toString(), () -> {
            PdfA.Verdict plain = PdfA.validate(document.render(Format.PDF, RenderOptions.NONE), "ua1");
            assertTrue(plain.compliant(), "PDF/UA-1: " + plain.failures());
            byte[] archived = document.render(Format.PDF, RenderOptions.NONE.forArchive());
            PdfA.Verdict archive = PdfA.validate(archived);
            assertEquals("2a", archive.flavour());
            assertTrue(archive.compliant(), "PDF/A-2a: " + archive.failures());
            PdfA.Verdict accessible = PdfA.validate(archived, "ua1");
            assertTrue(accessible.compliant(), "archived PDF/UA-1: " + accessible.failures());
        }));
    }

    @Test
    void theReferenceReadsInTheOrderItIsPrinted() {
        String reading = SeedUnits.normalize(new TagTree(Fixtures.referencePdf()).root().readingText());
        int at = 0;
        for (SeedUnits.Unit unit : SeedUnits.of(Fixtures.seed())) {
            if (!unit.kind().equals("prose") && !unit.kind().equals("row")) {
                continue;
            }
            String text = SeedUnits.normalize(String.join("", unit.parts()));
            int found = reading.indexOf(text, at);
            assertTrue(found >= 0, "not read in order after position " + at + ": " + unit);
            at = found + text.length();
        }
    }

    @Test
    void theHeadingsNestWithoutSkippingALevelAndAreTheBookmarks() throws IOException {
        byte[] pdf = Fixtures.referencePdf();
        List<Node> headings = new TagTree(pdf).root().flatten().stream()
                .filter(node -> node.type().matches("H[1-6]")).toList();
        assertEquals("H1", headings.get(0).type(), "the title comes first");
        for (int i = 1; i < headings.size(); i++) {
            int level = headings.get(i).type().charAt(1) - '0';
            int previous = headings.get(i - 1).type().charAt(1) - '0';
            assertTrue(level <= previous + 1, headings.get(i - 1).type() + " then " + headings.get(i).type());
        }
        List<String> bookmarks = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collect(document.getDocumentCatalog().getDocumentOutline(), bookmarks);
        }
        assertEquals(headings.size(), bookmarks.size(), "one bookmark per heading: " + bookmarks);
        for (int i = 0; i < headings.size(); i++) {
            String heading = SeedUnits.normalize(headings.get(i).readingText());
            assertTrue(heading.endsWith(bookmarks.get(i)) || bookmarks.get(i).endsWith(heading),
                    headings.get(i) + " is bookmarked as " + bookmarks.get(i));
        }
    }

    @Test
    void everyTableIsRegularAndItsHeadRowHeadsItsColumns() {
        List<Node> tables = new TagTree(Fixtures.referencePdf()).root().flatten().stream()
                .filter(node -> node.type().equals("Table")).toList();
        assertEquals(3, tables.size(), "the reference's three appendix tables");
        for (Node table : tables) {
            List<Node> rows = table.children();
            assertTrue(rows.stream().allMatch(row -> row.type().equals("TR")));
            long headRows = rows.stream().takeWhile(row -> row.children().stream()
                    .allMatch(cell -> cell.type().equals("TH") && "Column".equals(cell.attributes().get("Scope"))))
                    .count();
            assertTrue(headRows >= 1, "a head row: " + rows.get(0));
            assertTrue(rows.stream().skip(headRows).flatMap(row -> row.children().stream())
                    .allMatch(cell -> cell.type().equals("TD")), "the body rows hold data cells");
            int[] covered = new int[rows.size() + 16];
            int width = -1;
            for (int r = 0; r < rows.size(); r++) {
                for (Node cell : rows.get(r).children()) {
                    int span = Integer.parseInt(cell.attributes().getOrDefault("ColSpan", "1"));
                    int down = Integer.parseInt(cell.attributes().getOrDefault("RowSpan", "1"));
                    for (int k = 0; k < down; k++) {
                        covered[r + k] += span;
                    }
                }
                width = width < 0 ? covered[r] : width;
                assertEquals(width, covered[r], "row " + r + " covers as many columns as the first");
            }
        }
    }

    @Test
    void pageNumbersAndRepeatedHeadersAreArtifactsAPictureHasAlternativeText() {
        var yunling = Fixtures.data("yunling-2026-10");
        byte[] pdf = Fixtures.press().render(new press.pipeline.RenderRequest("generic-bulletin", null, Format.PDF,
                yunling)).bytes();
        TagTree tree = new TagTree(pdf);
        String reading = tree.root().readingText();
        assertFalse(reading.contains("— 2 —") || reading.contains("—2—"), "a page number is not read");
        assertTrue(tree.artifacts().replaceAll("\\s", "").contains("—2—"), tree.artifacts());
        List<Node> figures = tree.root().flatten().stream().filter(node -> node.type().equals("Figure")).toList();
        assertFalse(figures.isEmpty(), "the seal is a figure");
        assertTrue(figures.stream().noneMatch(figure -> figure.alt().isBlank()), "every figure has alternative text");

        TagTree reference = new TagTree(Fixtures.referencePdf());
        String head = SeedUnits.normalize(reference.root().flatten().stream()
                .filter(node -> node.type().equals("TH")).map(Node::text).filter(text -> !text.isBlank())
                .findFirst().orElseThrow());
        String read = SeedUnits.normalize(reference.root().readingText());
        assertEquals(read.indexOf(head), read.lastIndexOf(head), "a table head is read once: " + head);
    }

    @Test
    void aWordInLatinLettersIsMarkedEnglishInsideItsChineseParagraph() {
        TagTree tree = new TagTree(Fixtures.referencePdf());
        assertTrue(tree.languageSpans().contains("en:APP"), tree.languageSpans().toString());
        assertTrue(tree.languageSpans().stream().allMatch(span -> span.matches("en:[A-Za-z .'-]+")),
                "only Latin words: " + tree.languageSpans());
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        if (node == null) {
            return;
        }
        node.children().forEach(item -> {
            titles.add(SeedUnits.normalize(item.getTitle()));
            collect(item, titles);
        });
    }
}
