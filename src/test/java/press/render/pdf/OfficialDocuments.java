package press.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import press.pipeline.Format;
import press.pipeline.JsonInput;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.PdfGeometry;
import press.testing.PdfGeometry.Glyph;
import tools.jackson.databind.node.ObjectNode;

/** The official-document kind's examples, rendered, and what the geometry tests look for in them. */
final class OfficialDocuments {

    static final String KIND = "official-document";
    static final float MM_PER_POINT = 25.4f / 72;
    /** A 3号 character as set on the grid (16 pt less the body's tracking), in mm. */
    static final float CHARACTER = (16 - 0.22f) * MM_PER_POINT;
    static final float LINE = 28.95f * MM_PER_POINT;

    private OfficialDocuments() {
    }

    /** The example data of {@code variant} (its own where the kind has one), to be changed by a test. */
    static ObjectNode example(String variant) {
        Path file = Fixtures.press().catalogue().kind(KIND).orElseThrow().exampleFile(variant);
        try {
            return (ObjectNode) JsonInput.object(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(String variant, ObjectNode data) {
        return Fixtures.press().render(new RenderRequest(KIND, variant, Format.PDF, data)).bytes();
    }

    static PdfGeometry geometry(String variant, ObjectNode data) {
        return new PdfGeometry(pdf(variant, data));
    }

    /** The glyphs of {@code text} where it is printed on {@code page}, in one line. */
    static List<Glyph> run(PdfGeometry pdf, int page, String text) {
        for (List<Glyph> line : pdf.lines(page)) {
            String printed = PdfGeometry.text(line);
            int at = printed.indexOf(text);
            if (at >= 0) {
                int from = printed.substring(0, at).codePointCount(0, at);
                return line.subList(from, from + text.codePointCount(0, text.length()));
            }
        }
        throw new AssertionError("'" + text + "' is not printed in one line on page " + page);
    }

    /** The page that prints {@code text}. */
    static int pageOf(PdfGeometry pdf, String text) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            int current = page;
            if (pdf.lines(page).stream().anyMatch(line -> PdfGeometry.text(line).contains(text))) {
                return current;
            }
        }
        throw new AssertionError("'" + text + "' is not printed in one line");
    }

    static float centre(List<Glyph> run) {
        return (run.get(0).left() + run.get(run.size() - 1).right()) / 2;
    }
}
