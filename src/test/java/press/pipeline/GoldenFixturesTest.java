package press.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import press.catalogue.Kind;
import press.model.ModelDump;
import press.render.page.PageDump;
import press.testing.Docx;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * Every fixture ({@code fixtures/<name>/fixture.json} naming its template, beside its
 * {@code data.json}) renders in every variant of its kind exactly as its readable goldens say:
 * {@code <variant>/model.txt}, {@code <variant>/pages.txt} (the page model: every item where it
 * is placed), {@code <variant>/pdf.txt} and {@code <variant>/document.xml}.
 * A new variant therefore needs its goldens before the suite passes again.
 */
class GoldenFixturesTest {

    private static final BulletinPress PRESS = Fixtures.press();

    @TestFactory
    Stream<DynamicNode> everyFixtureMatchesItsGoldensInEveryVariant() throws Exception {
        List<DynamicNode> fixtures = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Fixtures.root().resolve("fixtures"))) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.exists(folder.resolve("fixture.json"))) {
                    fixtures.add(fixture(folder));
                }
            }
        }
        return fixtures.stream();
    }

    private static DynamicContainer fixture(Path folder) throws Exception {
        JsonNode about = JsonInput.object(Files.readAllBytes(folder.resolve("fixture.json")));
        String kindName = about.path("template").asString();
        Kind kind = PRESS.catalogue().kind(kindName)
                .orElseThrow(() -> new IllegalStateException(folder + ": unknown template " + kindName));
        JsonNode data = JsonInput.object(Files.readAllBytes(folder.resolve("data.json")));
        List<DynamicNode> variants = new ArrayList<>();
        for (String variant : kind.variantNames()) {
            Path goldens = folder.resolve(variant);
            variants.add(DynamicContainer.dynamicContainer(variant, Stream.of(
                    DynamicTest.dynamicTest("its document model", () -> Fixtures.assertGolden(goldens.resolve("model.txt"),
                            ModelDump.of(PRESS.document(kind, kind.variant(variant).orElseThrow(), data)))),
                    DynamicTest.dynamicTest("its pages", () -> Fixtures.assertGolden(goldens.resolve("pages.txt"),
                            PageDump.of(PRESS.pages(kind, kind.variant(variant).orElseThrow(), data)))),
                    DynamicTest.dynamicTest("the text of its PDF, page by page", () -> Fixtures.assertGolden(
                            goldens.resolve("pdf.txt"), pagedText(render(kindName, variant, Format.PDF, data)))),
                    DynamicTest.dynamicTest("its word/document.xml", () -> Fixtures.assertGoldenXml(
                            goldens.resolve("document.xml"), new Docx(render(kindName, variant, Format.DOCX, data))
                                    .normalizedDocumentXml())))));
        }
        return DynamicContainer.dynamicContainer(folder.getFileName().toString(), variants);
    }

    private static byte[] render(String kind, String variant, Format format, JsonNode data) {
        return PRESS.render(new RenderRequest(kind, variant, format, data)).bytes();
    }

    private static String pagedText(byte[] pdfBytes) {
        ExtractedPdf pdf = new ExtractedPdf(pdfBytes);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            text.append("=== page ").append(page).append(pdf.isLandscape(page) ? " (landscape)" : "").append('\n');
            pdf.page(page).lines().map(String::stripTrailing).forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }
}
