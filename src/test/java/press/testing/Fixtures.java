package press.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiPredicate;
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

    /**
     * Compares with the golden file, or rewrites it when run with {@code -Dgolden.update=true}.
     * A golden that is missing or differs fails, and the actual output is written beside it as
     * {@code <golden>.actual} for review.
     */
    public static void assertGolden(Path golden, String actual) {
        assertGolden(golden, actual, String::equals);
    }

    /**
     * The same for XML, compared as parsed documents: indentation between elements does not
     * count, text does (a {@code <w:t> </w:t>} keeps its space).
     */
    public static void assertGoldenXml(Path golden, String actual) {
        assertGolden(golden, actual, (expected, given) -> Xml.sameDocument(expected, given));
    }

    private static void assertGolden(Path golden, String actual, BiPredicate<String, String> same) {
        try {
            Path beside = golden.resolveSibling(golden.getFileName() + ".actual");
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual);
                Files.deleteIfExists(beside);
                return;
            }
            String where = root().relativize(golden) + " (actual output in " + root().relativize(beside)
                    + "; review, then regenerate with .ci/test -Dgolden.update=true)";
            if (!Files.exists(golden)) {
                Files.writeString(beside, actual);
                fail("no golden " + where);
            }
            String expected = read(golden);
            if (same.test(expected, actual)) {
                Files.deleteIfExists(beside);
                return;
            }
            Files.writeString(beside, actual);
            assertEquals(expected, actual, "differs from golden " + where);
            fail("differs from golden " + where);
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
