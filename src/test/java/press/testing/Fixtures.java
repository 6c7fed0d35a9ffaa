package press.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import press.pipeline.BulletinPress;
import press.pipeline.Format;
import press.pipeline.JsonInput;
import press.pipeline.RenderRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project's fixtures for tests: one pipeline for the whole run (fonts load once), the
 * reference data, its rendered PDF, and golden files that {@code -Dgolden.update=true} rewrites.
 */
public final class Fixtures {

    public static final String REFERENCE = "aba-2020-05";
    public static final String KIND = "gov-service-monthly";

    private static BulletinPress press;
    private static byte[] referencePdf;

    private Fixtures() {
    }

    public static Path root() {
        return Path.of("").toAbsolutePath();
    }

    public static synchronized BulletinPress press() {
        if (press == null) {
            press = BulletinPress.open(root().resolve("templates"), root().resolve("fonts"));
        }
        return press;
    }

    public static Path fixture(String name) {
        return root().resolve("fixtures").resolve(name);
    }

    public static ObjectNode data(String fixture) {
        try {
            return (ObjectNode) JsonInput.object(Files.readAllBytes(fixture(fixture).resolve("data.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seed() {
        return read(fixture(REFERENCE).resolve("seed.txt"));
    }

    public static synchronized byte[] referencePdf() {
        if (referencePdf == null) {
            referencePdf = render(data(REFERENCE), Format.PDF);
        }
        return referencePdf.clone();
    }

    public static byte[] render(JsonNode data, Format format) {
        return press().render(new RenderRequest(KIND, null, format, data)).bytes();
    }

    /** Compares with the golden file, or rewrites it when run with {@code -Dgolden.update=true}. */
    public static void assertGolden(Path golden, String actual) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual);
                return;
            }
            String expected = read(golden);
            Path written = Path.of("target", "golden-actual").resolve(root().relativize(golden));
            if (!expected.equals(actual)) {
                Files.createDirectories(written.getParent());
                Files.writeString(written, actual);
            }
            assertEquals(expected, actual, "differs from golden " + root().relativize(golden)
                    + " (actual output in " + written + "; review, then regenerate with mvn test -Dgolden.update=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
