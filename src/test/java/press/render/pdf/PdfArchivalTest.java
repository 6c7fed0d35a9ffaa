package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.PdfA;

class PdfArchivalTest {

    @Test
    void theArchivedReferenceBulletinIsPdfA2bAsVeraPdfSeesIt() {
        byte[] pdf = Fixtures.press().render(new RenderRequest(Fixtures.KIND, null, Format.PDF,
                Fixtures.data(Fixtures.REFERENCE), RenderOptions.NONE.forArchive())).bytes();
        PdfA.Verdict verdict = PdfA.validate(pdf);
        assertEquals("2b", verdict.flavour());
        assertTrue(verdict.compliant(), verdict.failures().toString());
    }
}
