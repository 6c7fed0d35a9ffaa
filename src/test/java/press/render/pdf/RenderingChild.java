package press.render.pdf;

import press.archive.Sha256;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;

/** A separate JVM for {@link ReproducibleOutputTest}: renders the reference as each "variant.format" named and prints "variant.format sha256". */
public final class RenderingChild {

    private RenderingChild() {
    }

    public static void main(String[] outputs) {
        for (String output : outputs) {
            String[] parts = output.split("\\.");
            byte[] bytes = Fixtures.press().render(new RenderRequest(Fixtures.KIND, parts[0],
                    Format.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), Fixtures.data(Fixtures.REFERENCE))).bytes();
            System.out.println(output + " " + Sha256.hex(bytes));
        }
    }
}
