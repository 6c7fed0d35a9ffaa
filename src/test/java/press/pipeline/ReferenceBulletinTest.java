package press.pipeline;

import org.junit.jupiter.api.Test;
import press.model.ModelDump;
import press.template.Kind;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;

/** The reference bulletin as readable goldens: its document model and the text of its PDF. */
class ReferenceBulletinTest {

    @Test
    void theModelOfTheReferenceDataMatchesItsGolden() {
        BulletinPress press = Fixtures.press();
        Kind kind = press.catalogue().kind(Fixtures.KIND).orElseThrow();
        var document = press.document(kind, kind.variant("jianbao").orElseThrow(), Fixtures.data(Fixtures.REFERENCE));

        Fixtures.assertGolden(Fixtures.fixture(Fixtures.REFERENCE).resolve("model.txt"), ModelDump.of(document));
    }

    @Test
    void theTextOfTheReferencePdfMatchesItsGolden() {
        ExtractedPdf pdf = new ExtractedPdf(Fixtures.referencePdf());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            text.append("=== page ").append(page).append(pdf.isLandscape(page) ? " (landscape)" : "").append('\n');
            pdf.page(page).lines().map(String::stripTrailing).forEach(line -> text.append(line).append('\n'));
        }
        Fixtures.assertGolden(Fixtures.fixture(Fixtures.REFERENCE).resolve("pdf.txt"), text.toString());
    }
}
