package press.render.pdf;

import java.util.Objects;
import press.fonts.opentype.SubsetPlan;

/** One of a document's subsets as {@link PdfFontObjects} embeds it: its plan and what compresses its program. */
record EmbeddedFont(SubsetPlan plan, ProgramDeflater deflater) {

    EmbeddedFont {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(deflater, "deflater");
    }
}
