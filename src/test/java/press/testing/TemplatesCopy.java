package press.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's templates folder a test may break, as an author would, file by file. */
public final class TemplatesCopy {

    private final Path root;

    private TemplatesCopy(Path root) {
        this.root = root;
    }

    /** Copies {@code templates/} into {@code folder}. */
    public static TemplatesCopy in(Path folder) {
        Path source = Fixtures.root().resolve("templates");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemplatesCopy(folder);
    }

    public Path root() {
        return root;
    }

    /** Replaces the first {@code text} in the file (relative to the folder), which must have it. */
    public TemplatesCopy edit(String file, String text, String replacement) {
        try {
            Path path = root.resolve(file);
            String content = Files.readString(path);
            assertTrue(content.contains(text), file + " has no " + text);
            Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(text),
                    java.util.regex.Matcher.quoteReplacement(replacement)));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the file on which {@code text} first occurs. */
    public int lineOf(String file, String text) {
        try {
            String content = Files.readString(root.resolve(file));
            int at = content.indexOf(text);
            assertTrue(at >= 0, file + " has no " + text);
            return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
