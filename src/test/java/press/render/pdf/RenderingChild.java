package press.render.pdf;

import press.archive.Sha256;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;

/**
 * A separate JVM for {@link ReproducibleOutputTest}: renders the reference as each "variant.format"
 * named ("variant.docx.embedded": with the fonts embedded) and prints "variant.format sha256".
 */
public final class RenderingChild {

    private RenderingChild() {
    }

    public static void main(String[] outputs) {
        for (String output : outputs) {
            System.out.println(output + " " + Sha256.hex(render(output)));
        }
    }

    /** The reference rendered as {@code output} names it. */
    static byte[] render(String output) {
        String[] parts = output.split("\\.");
        return Fixtures.press().render(new RenderRequest(Fixtures.KIND, parts[0],
                Format.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), Fixtures.data(Fixtures.REFERENCE),
                RenderOptions.embeddingFonts(parts.length > 2 && parts[2].equals("embedded")))).bytes();
    }
}
