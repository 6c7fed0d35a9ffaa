package press.render.pdf;

import java.util.Objects;
import press.fonts.opentype.FontProgram;

/** One of a document's subsets as {@link PdfFontObjects} embeds it: its program and what compresses the program. */
record EmbeddedFont(FontProgram program, ProgramDeflater deflater) {

    EmbeddedFont {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(deflater, "deflater");
    }
}
