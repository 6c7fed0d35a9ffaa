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
    void theArchivedReferenceBulletinIsPdfA2aAsVeraPdfSeesIt() {
        byte[] pdf = Fixtures.press().render(new RenderRequest(Fixtures.KIND, null, Format.PDF,
                Fixtures.data(Fixtures.REFERENCE), RenderOptions.NONE.forArchive())).bytes();
        PdfA.Verdict verdict = PdfA.validate(pdf);
        assertEquals("2a", verdict.flavour());
        assertTrue(verdict.compliant(), verdict.failures().toString());
    }

    /** Figures, a transparent seal and shaped Tibetan (forms with ActualText) keep an archived PDF PDF/A-2a. */
    @Test
    void anArchivedBulletinWithFiguresASealAndTibetanIsPdfA2a() {
        var data = Fixtures.data("yunling-2026-10");
        ((tools.jackson.databind.node.ArrayNode) data.at("/sections/0/blocks")).addObject().put("type", "paragraph")
                .put("text", "藏文：བསྒྲུབས། རྔ་བ་ཁུལ།");
        byte[] pdf = Fixtures.press().render(new RenderRequest("generic-bulletin", null, Format.PDF, data,
                RenderOptions.NONE.forArchive())).bytes();
        PdfA.Verdict verdict = PdfA.validate(pdf);
        assertEquals("2a", verdict.flavour());
        assertTrue(verdict.compliant(), verdict.failures().toString());
    }

    /** Two seals drawn in the Multiply blend mode over a joint document's 署名 keep it PDF/A-2a. */
    @Test
    void anArchivedJointDocumentWithMultipliedSealsIsPdfA2a() {
        byte[] pdf = Fixtures.press().render(new RenderRequest(OfficialDocuments.KIND, "wenjian", Format.PDF,
                OfficialDocuments.example("wenjian"), RenderOptions.NONE.forArchive())).bytes();
        PdfA.Verdict verdict = PdfA.validate(pdf);
        assertEquals("2a", verdict.flavour());
        assertTrue(verdict.compliant(), verdict.failures().toString());
    }
}
